export { createFlagStore, useFlag, type FlagStore } from './flag-store';

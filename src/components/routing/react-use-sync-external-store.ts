// wouter imports the pre-React-18 shim of useSyncExternalStore; React 19 has it (vite.config.ts aliases the shim here).
export { useSyncExternalStore } from 'react';

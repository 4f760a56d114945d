export { applyTheme, saveTheme, storedTheme, type Theme } from './theme';

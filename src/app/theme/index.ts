export { applyTheme, saveTheme, shownTheme, storedTheme, type Theme } from './theme';

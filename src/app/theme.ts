/** Light or dark theme: PatternFly 6 switches on the `pf-v6-theme-dark` class of <html>; the choice is remembered. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'console.theme';
const DARK_CLASS = 'pf-v6-theme-dark';

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'dark' || value === 'light') return value;
  } catch {
    // Storage unavailable: fall through to the system preference.
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle(DARK_CLASS, theme === 'dark');
}

export function saveTheme(theme: Theme): void {
  applyTheme(theme);
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // The theme then lasts for this page only.
  }
}

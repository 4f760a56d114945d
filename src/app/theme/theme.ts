/** Light or dark theme: PatternFly 6 switches on the `pf-v6-theme-dark` class of <html>; the choice is remembered. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'console.theme';
const DARK_CLASS = 'pf-v6-theme-dark';

let darkTokens: Promise<unknown> | undefined;
/** The dark theme's tokens are a style sheet of their own, loaded the first time the dark theme is shown. */
const loadDarkTokens = () => (darkTokens ??= import('./dark-tokens.css'));

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'dark' || value === 'light') return value;
  } catch {
    // Storage unavailable: fall through to the system preference.
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

let latest: Theme = 'light';

/** Shows `theme`; the dark class goes on once the dark tokens are there, so no half-dark page is ever drawn. */
export async function applyTheme(theme: Theme): Promise<void> {
  latest = theme;
  if (theme === 'dark') {
    try {
      await loadDarkTokens();
    } catch {
      darkTokens = undefined;
      return;
    }
  }
  if (latest === theme) document.documentElement.classList.toggle(DARK_CLASS, theme === 'dark');
}

export function saveTheme(theme: Theme): void {
  void applyTheme(theme);
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // The theme then lasts for this page only.
  }
}

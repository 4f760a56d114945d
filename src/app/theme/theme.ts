import { loadOnce } from '@/components/lazy-part';

/** Light or dark theme: PatternFly 6 switches on the `pf-v6-theme-dark` class of <html>; the choice is remembered. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'console.theme';
const DARK_CLASS = 'pf-v6-theme-dark';

/** The dark theme's tokens are a style sheet of their own, loaded the first time the dark theme is shown. */
const loadDarkTokens = loadOnce(() => import('./dark-tokens.css'));

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'dark' || value === 'light') return value;
  } catch {
    // Storage unavailable: fall through to the system preference.
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

let requested: Theme = 'light';
let shown: Promise<Theme> = Promise.resolve('light');

/**
 * Shows `theme` and resolves to the theme actually shown: the dark class goes on once the dark tokens are
 * there, so no half-dark page is drawn, and the page stays light if they cannot be loaded.
 */
export function applyTheme(theme: Theme): Promise<Theme> {
  requested = theme;
  shown = (async () => {
    let result = theme;
    if (theme === 'dark') {
      try {
        await loadDarkTokens();
      } catch {
        result = 'light';
      }
    }
    if (requested === theme) document.documentElement.classList.toggle(DARK_CLASS, result === 'dark');
    return result;
  })();
  return shown;
}

/** The theme on screen once the latest change has taken effect. */
export function shownTheme(): Promise<Theme> {
  return shown;
}

/** Shows `theme` and remembers it if it could be shown; resolves to the theme shown. */
export async function saveTheme(theme: Theme): Promise<Theme> {
  const result = await applyTheme(theme);
  if (result === theme) {
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // The theme then lasts for this page only.
    }
  }
  return result;
}

import { joinBasePath, stripBasePath } from './base-path';
import type { NavigationGate } from './navigation-gate';

export interface ConsoleLocation {
  /** The console path, without the sub-path. */
  pathname: string;
  search: string;
  hash: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

export interface LocationStore {
  readonly base: string;
  /** Where the address bar is now. */
  current(): ConsoleLocation;
  /** Called after every change of the address bar: in-app navigations and the browser's back and forward. */
  subscribe(listener: () => void): () => void;
  /** Goes to a console URL (`/pools?page=2`), unless the gate holds it. */
  navigate(to: string, options?: NavigateOptions): void;
}

function pathnameOf(to: string): string {
  return to.split(/[?#]/)[0] || '/';
}

/** The browser's history, seen and changed in console paths. */
export function createLocationStore(base: string, gate: NavigationGate, win: Window = window): LocationStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const current = (): ConsoleLocation => ({ pathname: stripBasePath(base, win.location.pathname), search: win.location.search, hash: win.location.hash });
  return {
    base,
    current,
    subscribe(listener) {
      if (listeners.size === 0) win.addEventListener('popstate', notify);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', notify);
      };
    },
    navigate(to, { replace = false } = {}) {
      const currentPathname = current().pathname;
      const nextPathname = to.startsWith('?') || to.startsWith('#') ? currentPathname : pathnameOf(to);
      const url = to.startsWith('?') || to.startsWith('#') ? `${win.location.pathname}${to}` : joinBasePath(base, to);
      gate.request({ currentPathname, nextPathname }, () => {
        win.history[replace ? 'replaceState' : 'pushState'](null, '', url);
        notify();
      });
    },
  };
}

import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { Router } from 'wouter';
import { basePathOf } from './base-path';
import { createLocationStore, type ConsoleLocation, type LocationStore } from './location-store';
import { createNavigationGate } from './navigation-gate';
import { RouterContext, useRouterState } from './router-context';

// wouter matches the routes; where the console is, and how it moves, is ours (the store and its gate).
const useWouterLocation = (): [string, (to: string, options?: { replace?: boolean }) => void] => {
  const { location, store } = useRouterState();
  return [location.pathname, store.navigate];
};
const useWouterSearch = () => useRouterState().location.search;

const same = (a: ConsoleLocation, b: ConsoleLocation) => a.pathname === b.pathname && a.search === b.search && a.hash === b.hash;

/** Renders the location a change of the address bar leads to in a transition: a lazy page keeps the last one up until its code is in. */
function useRenderedLocation(store: LocationStore): ConsoleLocation {
  const [location, setLocation] = useState(store.current);
  useLayoutEffect(() => {
    const follow = () => {
      const next = store.current();
      startTransition(() => setLocation((shown) => (same(shown, next) ? shown : next)));
    };
    const unsubscribe = store.subscribe(follow);
    // Children's layout effects (a redirect) run before this one: catch up with what they did.
    follow();
    return unsubscribe;
  }, [store]);
  return location;
}

/**
 * The console's router, under the sub-path the console is served from (Vite's `BASE_URL`, i.e. `--base`).
 * `baseUrl` is for tests.
 */
export function ConsoleRouter({ children, baseUrl = import.meta.env.BASE_URL }: { children: ReactNode; baseUrl?: string }) {
  const [{ store, gate }] = useState(() => {
    const gate = createNavigationGate();
    return { gate, store: createLocationStore(basePathOf(baseUrl), gate) };
  });
  const location = useRenderedLocation(store);
  const state = useMemo(() => ({ store, gate, location }), [store, gate, location]);
  return (
    <RouterContext.Provider value={state}>
      <Router hook={useWouterLocation} searchHook={useWouterSearch}>
        {children}
      </Router>
    </RouterContext.Provider>
  );
}

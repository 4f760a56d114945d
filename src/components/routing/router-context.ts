import { createContext, useContext } from 'react';
import type { ConsoleLocation, LocationStore } from './location-store';
import type { NavigationGate } from './navigation-gate';

export interface RouterState {
  store: LocationStore;
  gate: NavigationGate;
  /** The location the console renders: it follows the address bar in a transition. */
  location: ConsoleLocation;
}

export const RouterContext = createContext<RouterState | null>(null);

export function useRouterState(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('Console routing hooks need a <ConsoleRouter>.');
  return state;
}

import { useSyncExternalStore } from 'react';

/**
 * A yes/no state outside React's: when it flips, only the components that read it re-render (`useFlag`), or
 * code that subscribed runs, not the tree that holds it.
 */
export interface FlagStore {
  get(): boolean;
  set(value: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createFlagStore(initial: boolean): FlagStore {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useFlag(store: FlagStore): boolean {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

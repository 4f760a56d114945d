import { useSyncExternalStore } from 'react';

/**
 * Whether the wizard holds changes. A store outside React state: it flips on the first keystroke, and only
 * the components that read it (the leave guard) re-render then, not the whole wizard.
 */
export interface DirtyFlag {
  get(): boolean;
  set(dirty: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createDirtyFlag(initial: boolean): DirtyFlag {
  let dirty = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => dirty,
    set(next) {
      if (next === dirty) return;
      dirty = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useDirtyFlag(flag: DirtyFlag): boolean {
  return useSyncExternalStore(flag.subscribe, flag.get, flag.get);
}

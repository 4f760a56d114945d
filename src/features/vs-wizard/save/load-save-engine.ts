import type * as SaveEngineModule from './save-engine';

type SaveEngine = typeof SaveEngineModule;

let loading: Promise<SaveEngine> | undefined;

/** Loads the save engine once; a failed load is tried again on the next call. */
export function loadSaveEngine(): Promise<SaveEngine> {
  loading ??= import('./save-engine').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export function prefetchSaveEngine(): void {
  loadSaveEngine().catch(() => undefined);
}

import { importAgain } from './import-again';

/**
 * Runs `load` once for every caller; after a failure, the next call loads again: `load` itself, and if that
 * fails too, the chunk the first failure named under another URL (see `importAgain`).
 */
export function loadOnce<M, T = M>(load: () => Promise<M>, pick?: (module: M) => T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let lastError: unknown;
  const attempt = () =>
    load().catch((error: unknown) => (lastError === undefined ? Promise.reject(error) : ((importAgain(lastError) as Promise<M> | undefined) ?? Promise.reject(error))));
  return () =>
    (loading ??= attempt().then(
      (module) => (pick ? pick(module) : (module as unknown as T)),
      (error: unknown) => {
        lastError = error ?? new Error('The chunk did not load');
        loading = undefined;
        throw error;
      },
    ));
}

import { use, type ComponentType, type ReactNode } from 'react';
import { importAgain } from './import-again';

/** A part of a page in its own chunk: rendered when needed, fetched ahead on the admin's intent. */
export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the chunk (once); a failed load is tried again on the next call. */
  preload(): Promise<void>;
  /** `preload()` for event handlers: a failure shows when the part renders, not here. */
  prefetch(): void;
  isLoaded(): boolean;
}

/**
 * Like `React.lazy`, but a chunk that failed to load is fetched again on the next render (after its error
 * boundary's Try again), and it can be fetched before it renders.
 */
export function lazyPart<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  let lastError: unknown;
  const attempt = () => load().catch((error: unknown) => (lastError === undefined ? Promise.reject(error) : (importAgain(lastError) as Promise<M> | undefined) ?? Promise.reject(error)));
  const preload = () =>
    (loading ??= attempt().then(
      (module) => {
        loaded = pick(module);
      },
      (error: unknown) => {
        lastError = error;
        loading = undefined;
        throw error;
      },
    ));
  function Part(props: P) {
    if (!loaded) use(preload());
    const Loaded = loaded!;
    return <Loaded {...props} />;
  }
  return Object.assign(Part, { preload, prefetch: () => void preload().catch(() => undefined), isLoaded: () => loaded !== undefined });
}

import { use, type ComponentType, type ReactNode } from 'react';
import { loadOnce } from './load-once';

/** A part of a page in its own chunk: rendered when needed, fetched ahead on the admin's intent. */
export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the chunk (once); after a failed load, a call starts another. */
  preload(): Promise<void>;
  /** `preload()` for event handlers: a failure shows when the part renders, not here. */
  prefetch(): void;
  isLoaded(): boolean;
}

/**
 * Like `React.lazy`, but a chunk that failed to load can be fetched again (`preload()`, e.g. from the error
 * boundary's Try again), and it can be fetched before it renders. Rendering never starts a second attempt by
 * itself: a failure stays failed until asked, so the boundary shows it instead of a spinner forever.
 */
export function lazyPart<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyPart<P> {
  const loadComponent = loadOnce(load, pick);
  let loaded: ComponentType<P> | undefined;
  let current: Promise<void> | undefined;
  let failed = false;
  const preload = () => {
    if (current === undefined || failed) {
      failed = false;
      current = loadComponent().then(
        (component) => {
          loaded = component;
        },
        (error: unknown) => {
          failed = true;
          throw error;
        },
      );
    }
    return current;
  };
  function Part(props: P) {
    if (!loaded) use(current ?? preload());
    const Loaded = loaded!;
    return <Loaded {...props} />;
  }
  return Object.assign(Part, { preload, prefetch: () => void preload().catch(() => undefined), isLoaded: () => loaded !== undefined });
}

import { use, type ComponentType, type ReactNode } from 'react';

/** A part of a page in its own chunk: rendered when needed, fetched ahead on the admin's intent. */
export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the chunk (once); a failed load is tried again on the next call. */
  preload(): Promise<void>;
  /** `preload()` for event handlers: a failure shows when the part renders, not here. */
  prefetch(): void;
}

/**
 * Like `React.lazy`, but a chunk that failed to load is fetched again on the next render (after its error
 * boundary's Try again), and it can be fetched before it renders.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  function Part(props: P) {
    if (!loaded) use(preload());
    const Loaded = loaded!;
    return <Loaded {...props} />;
  }
  return Object.assign(Part, { preload, prefetch: () => void preload().catch(() => undefined) });
}

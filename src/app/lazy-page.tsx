import { lazy, useState, type ComponentType } from 'react';

/** A page (or the console's frame) in its own chunk, which can be fetched ahead of rendering. */
export interface LazyPage {
  (props: object): React.ReactNode;
  /** Starts loading the chunk (once); resolves when it can render without suspending. */
  preload(): Promise<void>;
  isLoaded(): boolean;
}

/**
 * Like `React.lazy`, plus `preload()` for the route the browser opens or the link the admin is about to
 * follow. Once the chunk is in, the page renders directly instead of suspending first, so the first page of
 * a visit does not wait for a Suspense fallback (and React's reveal throttling) after its code arrived.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then(() => ({ default: loaded! })));
  function Page(props: object) {
    // Decided once per mount: switching between the two later would remount the page and lose its state.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return Object.assign(Page, { preload, isLoaded: () => loaded !== undefined });
}

import type { ComponentType } from 'react';

export interface ChunkLoader<P> {
  /** Starts loading (once). A failed load keeps its rejected promise, for React's `use`, until `forgetFailure`. */
  load(): Promise<ComponentType<P>>;
  /** The component, once its chunk is in. */
  loaded(): ComponentType<P> | undefined;
  /** After a failed load, the next `load` tries again. */
  forgetFailure(): void;
}

export function chunkLoader<P>(importChunk: () => Promise<{ default: ComponentType<P> }>): ChunkLoader<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  let failed = false;
  return {
    load: () =>
      (loading ??= importChunk().then(
        (module) => (component = module.default),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      )),
    loaded: () => component,
    forgetFailure: () => {
      if (!failed) return;
      failed = false;
      loading = undefined;
    },
  };
}

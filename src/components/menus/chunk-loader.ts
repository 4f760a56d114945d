import type { ComponentType } from 'react';

export interface ChunkLoader<P> {
  /** Starts loading (once); a failed load is forgotten, so the next call tries again. */
  load(): Promise<ComponentType<P>>;
  /** The component, once its chunk is in. */
  loaded(): ComponentType<P> | undefined;
}

export function chunkLoader<P>(importChunk: () => Promise<{ default: ComponentType<P> }>): ChunkLoader<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return {
    load: () =>
      (loading ??= importChunk().then(
        (module) => (component = module.default),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => component,
  };
}

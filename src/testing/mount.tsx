import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  /** The element React renders into, attached to the document. */
  container: HTMLElement;
  /** Renders again into the same root (new props, same state where the tree matches). */
  render(node: ReactNode): void;
}

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
});

/** Renders `node` into a fresh element of the (happy-dom) document; it is unmounted and removed after each test. */
export function mount(node: ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  const render = (next: ReactNode) => act(() => root.render(next));
  render(node);
  return { container, render };
}

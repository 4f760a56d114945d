import { useEffect, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { lazyPart } from '../lazy-part/lazy-part';
import { MenuLoadError } from './MenuLoadError';

/** A popup (menu or list of choices) whose PatternFly code is its own chunk. */
export interface LazyPopup<P extends { isOpen: boolean }> {
  (props: P): ReactNode;
  /** Starts loading the chunk: on intent (the pointer or the focus reached the toggle). */
  prefetch(): void;
  preload(): Promise<void>;
  isLoaded(): boolean;
}

/**
 * The popup renders open only after it mounted closed: PatternFly moves the focus into a menu when it sees it
 * open, not when it mounts open.
 */
export function lazyPopup<P extends { isOpen: boolean }>(importPopup: () => Promise<{ default: ComponentType<P> }>): LazyPopup<P> {
  const Popup = lazyPart(importPopup, (module) => module.default);
  function OpenAfterMount({ isOpen, ...props }: P) {
    const [mounted, setMounted] = useState(false);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    useEffect(() => setMounted(true), []);
    return <Popup {...(props as unknown as P)} isOpen={isOpen && mounted} />;
  }
  return Object.assign(OpenAfterMount, { prefetch: Popup.prefetch, preload: Popup.preload, isLoaded: Popup.isLoaded });
}

type SlotState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Where a lazy popup goes: nothing until the first open (`arm`), then the popup once its code is in (the toggle's
 * own updates never wait for it), or, open, a message when its code could not be loaded; the next open loads it again.
 */
export function useLazyPopupSlot(popup: Pick<LazyPopup<{ isOpen: boolean }>, 'preload' | 'isLoaded'>) {
  const [state, setState] = useState<SlotState>('idle');
  const arm = () => {
    if (state === 'loading' || state === 'ready') return;
    if (popup.isLoaded()) {
      setState('ready');
      return;
    }
    setState('loading');
    popup.preload().then(
      () => setState('ready'),
      () => setState('failed'),
    );
  };
  const slot = (isOpen: boolean, toggleRef: RefObject<HTMLElement | null>, element: ReactNode, popupKind: 'menu' | 'listbox' = 'menu') =>
    state === 'ready' ? element : state === 'failed' && isOpen ? <MenuLoadError toggleRef={toggleRef} kind={popupKind} /> : null;
  return { arm, slot };
}

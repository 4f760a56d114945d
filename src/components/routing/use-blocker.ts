import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Transition } from './navigation-gate';
import { useRouterState } from './router-context';

export interface Blocker {
  state: 'blocked' | 'unblocked';
  /** Goes where the held navigation was going. */
  proceed(): void;
  /** Drops the held navigation: the page stays. */
  reset(): void;
}

/**
 * Holds in-app navigations (links, `navigate()`, redirects) for which `shouldBlock` is true until `proceed`
 * or `reset`. The browser's back and forward buttons and leaving the console are not held.
 */
export function useBlocker(shouldBlock: (transition: Transition) => boolean): Blocker {
  const { gate } = useRouterState();
  const [held, setHeld] = useState<{ go: () => void }>();
  const shouldBlockRef = useRef(shouldBlock);
  useLayoutEffect(() => {
    shouldBlockRef.current = shouldBlock;
  }, [shouldBlock]);
  useLayoutEffect(
    () =>
      gate.add((transition, go) => {
        if (!shouldBlockRef.current(transition)) return false;
        setHeld({ go });
        return true;
      }),
    [gate],
  );
  const proceed = useCallback(() => {
    setHeld(undefined);
    held?.go();
  }, [held]);
  const reset = useCallback(() => setHeld(undefined), []);
  return { state: held ? 'blocked' : 'unblocked', proceed, reset };
}

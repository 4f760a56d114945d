import { useContext, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';
import { PresenceContext } from './presence';

/**
 * False in the first render, true once the component has been painted where the admin sees it: after its first
 * frame, or inside a part prepared ahead (`PresenceContext`), after the frame that shows the part. For work a
 * new part of the page starts that need not hold its first paint back, such as a request whose answer shows
 * later anyway, and that should not start for a part no one has seen.
 */
export function usePainted(): boolean {
  const presence = useContext(PresenceContext);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return undefined;
    if (!presence) return afterNextPaint(() => setPainted(true));
    let cancelWait: (() => void) | undefined;
    const follow = () => {
      cancelWait?.();
      cancelWait = presence.get() ? afterNextPaint(() => setPainted(true)) : undefined;
    };
    follow();
    const unsubscribe = presence.subscribe(follow);
    return () => {
      unsubscribe();
      cancelWait?.();
    };
  }, [painted, presence]);
  return painted;
}

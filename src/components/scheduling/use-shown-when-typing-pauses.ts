import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { onTyping, whenTypingPauses } from './when-typing-pauses';

/**
 * False in the first render, true from a later one that React may interrupt: after the first paint, and once
 * the admin is not typing. For the parts of a page below the fold, so that the first field paints first and
 * what follows never lands between two keystrokes.
 *
 * Typing that changes a field's text before that render is committed throws it away, and it starts again at
 * the next pause: a keystroke in a form field updates no React state, so React would otherwise finish the
 * render and commit it, and the browser style and lay out what it adds, between two keystrokes. Keys that
 * change no text (Tab) let it go on: the admin moving through the fields reaches the part when it is there.
 */
export function useShownWhenTypingPauses(): boolean {
  const [shown, setShown] = useState(false);
  const committed = useRef(false);
  useLayoutEffect(() => {
    committed.current = shown;
  }, [shown]);
  useEffect(() => {
    if (shown) return undefined;
    let stopFollowing: (() => void) | undefined;
    let cancelWait: () => void;
    const show = () => {
      startTransition(() => setShown(true));
      stopFollowing = onTyping(() => {
        stopFollowing?.();
        stopFollowing = undefined;
        if (committed.current) return;
        // An urgent update after the pending one: the render that would show the part ends with it hidden.
        setShown(false);
        cancelWait = whenTypingPauses(show);
      });
    };
    cancelWait = whenTypingPauses(show);
    return () => {
      cancelWait();
      stopFollowing?.();
    };
  }, [shown]);
  return shown;
}

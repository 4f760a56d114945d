import { startTransition, useEffect, useState } from 'react';
import { whenTypingPauses } from './when-typing-pauses';

/**
 * False in the first render, true from a later one that React may interrupt: after the first paint, and once
 * the admin is not typing. For the parts of a page below the fold, so that the first field paints first and
 * what follows never lands between two keystrokes.
 */
export function useShownWhenTypingPauses(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return undefined;
    return whenTypingPauses(() => startTransition(() => setShown(true)));
  }, [shown]);
  return shown;
}

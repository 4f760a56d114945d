import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * False in the first render, true once the component's first frame has been painted. For work a new part of
 * the page starts that need not hold its first paint back, such as a request whose answer shows later anyway.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}

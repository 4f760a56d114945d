import { afterNextPaint } from './after-next-paint';

/** How long after the last keystroke the admin counts as having paused. */
export const TYPING_PAUSE_MS = 200;
/** The longest work waiting for an idle moment waits. */
const IDLE_TIMEOUT_MS = 250;

let lastKeyAt = Number.NEGATIVE_INFINITY;
let listening = false;

function followKeystrokes(): void {
  if (listening) return;
  listening = true;
  window.addEventListener(
    'keydown',
    () => {
      lastKeyAt = performance.now();
    },
    { capture: true, passive: true },
  );
}

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
  return () => cancelIdleCallback(id);
}

export interface TypingPauseOptions {
  /** Also wait until the page has nothing else to do (its own rendering, its other tasks). */
  waitForIdle?: boolean;
}

/**
 * Runs `work` after the next paint, and only once the admin has not pressed a key for `TYPING_PAUSE_MS`. For work no one
 * asked for yet (code for what comes next, the parts of a form below the fold): a long task landing between two
 * keystrokes is what makes typing stutter. Returns a cancel function.
 */
export function whenTypingPauses(work: () => void, { waitForIdle = false }: TypingPauseOptions = {}): () => void {
  followKeystrokes();
  let cancelPending: () => void;
  const runOrWait = () => {
    const wait = lastKeyAt + TYPING_PAUSE_MS - performance.now();
    if (wait <= 0) {
      work();
      return;
    }
    const timer = setTimeout(runOrWait, wait);
    cancelPending = () => clearTimeout(timer);
  };
  cancelPending = afterNextPaint(() => {
    if (waitForIdle) cancelPending = whenIdle(runOrWait);
    else runOrWait();
  });
  return () => cancelPending();
}

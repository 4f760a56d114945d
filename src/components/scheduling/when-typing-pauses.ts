import { afterNextPaint } from './after-next-paint';

/** How long after the last keystroke, text change or click the admin counts as having paused. */
export const TYPING_PAUSE_MS = 200;
/** The longest work waiting for an idle moment waits. */
const IDLE_TIMEOUT_MS = 250;

let lastKeyAt = Number.NEGATIVE_INFINITY;
let listening = false;
const typingListeners = new Set<() => void>();

/**
 * What counts as the admin acting: a key, a change of a field's text without one (pasting, autofill), and a
 * click, whose answer (a step change, a dialog opening) should not share the main thread with work ahead.
 */
const INPUT_EVENTS = ['keydown', 'input', 'pointerdown', 'click'] as const;

function followKeystrokes(): void {
  if (listening) return;
  listening = true;
  const note = (event: Event) => {
    lastKeyAt = performance.now();
    if (event.type === 'input') for (const listener of [...typingListeners]) listener();
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, note, { capture: true, passive: true });
}

/**
 * Calls `listener` at each change of a field's text (typing, deleting, pasting, autofill), until the returned
 * function is called. Keys that change no text, such as Tab, do not count.
 */
export function onTyping(listener: () => void): () => void {
  followKeystrokes();
  typingListeners.add(listener);
  return () => typingListeners.delete(listener);
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
 * Runs `work` after the next paint, and only once the admin has not pressed a key, changed a field or clicked for
 * `TYPING_PAUSE_MS`. For work no one asked for yet (code for what comes next, the parts of a form below the fold,
 * a dialog rendered ahead): a long task landing between two keystrokes is what makes typing stutter, and one
 * landing after a click delays what the click shows. Returns a cancel function.
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

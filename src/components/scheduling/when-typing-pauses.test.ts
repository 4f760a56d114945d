// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onTyping, TYPING_PAUSE_MS, whenTypingPauses } from './when-typing-pauses';

const pressKey = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

// The last keystroke is remembered across tests (and each test's fake clock starts again): the tests that need
// none come first.
describe('whenTypingPauses', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  it('runs after the next paint when the admin is not typing', () => {
    const work = vi.fn();
    whenTypingPauses(work);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('waits for a pause after the last keystroke, each keystroke putting it off', () => {
    const work = vi.fn();
    whenTypingPauses(work);
    pressKey();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 50);
    expect(work).not.toHaveBeenCalled();
    pressKey();
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(work).toHaveBeenCalledTimes(1);
    pressKey();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('counts a change of text without a key (pasting, autofill) and a click as the admin acting', () => {
    for (const act of [() => document.body.dispatchEvent(new Event('input', { bubbles: true })), () => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true })), () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))]) {
      const work = vi.fn();
      whenTypingPauses(work);
      vi.advanceTimersToNextFrame();
      act();
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
      expect(work).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      vi.runOnlyPendingTimers();
      expect(work).toHaveBeenCalledTimes(1);
    }
  });

  it('does nothing once cancelled, before the paint or while waiting for the pause', () => {
    const early = vi.fn();
    whenTypingPauses(early)();
    const waiting = vi.fn();
    pressKey();
    const cancelWaiting = whenTypingPauses(waiting);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    cancelWaiting();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(waiting).not.toHaveBeenCalled();
  });

  it('with waitForIdle, also waits for an idle moment of the page', () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idle = callback;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => (idle = undefined));
    try {
      const work = vi.fn();
      whenTypingPauses(work, { waitForIdle: true });
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
      expect(work).not.toHaveBeenCalled();
      expect(idle).toBeDefined();
      idle!();
      // A keystroke from an earlier test may still count: the pause after it comes first.
      vi.runOnlyPendingTimers();
      expect(work).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tells onTyping of each text change in a field, not of keys alone (Tab) or clicks, until it stops following', () => {
    const typed = vi.fn();
    const stop = onTyping(typed);
    const changeText = () => document.body.dispatchEvent(new Event('input', { bubbles: true }));
    changeText();
    pressKey();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(typed).toHaveBeenCalledTimes(1);
    stop();
    changeText();
    expect(typed).toHaveBeenCalledTimes(1);
  });
});

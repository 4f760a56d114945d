// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { useShownWhenTypingPauses } from './use-shown-when-typing-pauses';
import { TYPING_PAUSE_MS } from './when-typing-pauses';

function Form() {
  const showRest = useShownWhenTypingPauses();
  return (
    <form>
      <input aria-label="Name" />
      {showRest && <input aria-label="Server" />}
    </form>
  );
}

const has = (container: HTMLElement, label: string) => container.querySelector(`[aria-label="${label}"]`) !== null;

// The last keystroke is remembered across tests (and each test's fake clock starts again): the tests that need
// none come first.
describe('useShownWhenTypingPauses', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the first part at once and the rest after the first paint', () => {
    const { container } = mount(<Form />);
    expect(has(container, 'Name')).toBe(true);
    expect(has(container, 'Server')).toBe(false);
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
    });
    expect(has(container, 'Server')).toBe(true);
  });

  it('keeps the rest back while the admin types, and shows it once the typing pauses', () => {
    const { container } = mount(<Form />);
    const type = () => act(() => void container.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    type();
    act(() => vi.advanceTimersToNextFrame());
    for (let key = 0; key < 5; key += 1) {
      act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS / 2));
      type();
    }
    expect(has(container, 'Server')).toBe(false);
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(has(container, 'Server')).toBe(true);
  });

  it('throws away the render that shows the rest when the admin types before it is committed, and shows it at the next pause', () => {
    const { container } = mount(<Form />);
    const type = () => {
      const input = container.querySelector('input')!;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    // In one act: React starts the render that shows the rest, and a character is typed before it is committed.
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
      type();
    });
    expect(has(container, 'Server')).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 10));
    expect(has(container, 'Server')).toBe(false);
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(has(container, 'Server')).toBe(true);
    // Once shown, typing leaves it shown.
    act(() => type());
    expect(has(container, 'Server')).toBe(true);
  });
});

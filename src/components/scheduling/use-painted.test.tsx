// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { usePainted } from './use-painted';

function Probe() {
  return <output>{usePainted() ? 'painted' : 'first frame'}</output>;
}

describe('usePainted', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('is false in the first render and true once the first frame has been painted', () => {
    const { container } = mount(<Probe />);
    expect(container.textContent).toBe('first frame');
    act(() => vi.advanceTimersToNextFrame());
    expect(container.textContent).toBe('first frame');
    act(() => vi.runOnlyPendingTimers());
    expect(container.textContent).toBe('painted');
  });
});

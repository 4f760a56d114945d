import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazy-part';

const Component = () => null;

describe('lazyPart', () => {
  it('loads once, and tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<{ Part: typeof Component }>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ Part: Component });
    const part = lazyPart(load, (m) => m.Part);
    await expect(part.preload()).rejects.toThrow('offline');
    await part.preload();
    await part.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('prefetch keeps a failure to itself', async () => {
    const part = lazyPart(() => Promise.reject(new Error('offline')), () => Component);
    expect(() => part.prefetch()).not.toThrow();
    await expect(part.preload()).rejects.toThrow('offline');
  });
});

describe('lazyPart after a failure', () => {
  it('keeps the failure for rendering until preload() is called again', async () => {
    const load = vi.fn<() => Promise<{ Part: typeof Component }>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ Part: Component });
    const part = lazyPart(load, (m) => m.Part);
    const first = part.preload();
    await expect(first).rejects.toThrow('offline');
    const retry = part.preload();
    expect(retry).not.toBe(first);
    expect(part.preload()).toBe(retry);
    await retry;
    expect(part.isLoaded()).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { chunkLoader } from './chunk-loader';

const Menu = () => null;

describe('chunkLoader', () => {
  it('imports once and keeps the component', async () => {
    const importChunk = vi.fn(() => Promise.resolve({ default: Menu }));
    const chunk = chunkLoader(importChunk);
    expect(chunk.loaded()).toBeUndefined();
    await Promise.all([chunk.load(), chunk.load()]);
    expect(chunk.loaded()).toBe(Menu);
    expect(importChunk).toHaveBeenCalledTimes(1);
    chunk.forgetFailure();
    await chunk.load();
    expect(importChunk).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed import until told to forget it, then tries again', async () => {
    const importChunk = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ default: Menu });
    const chunk = chunkLoader(importChunk);
    const failed = chunk.load();
    await expect(failed).rejects.toThrow('Failed to fetch');
    expect(chunk.load()).toBe(failed);
    expect(chunk.loaded()).toBeUndefined();
    chunk.forgetFailure();
    await expect(chunk.load()).resolves.toBe(Menu);
    expect(importChunk).toHaveBeenCalledTimes(2);
  });
});

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
  });

  it('tries again after a failed import', async () => {
    const importChunk = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ default: Menu });
    const chunk = chunkLoader(importChunk);
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    expect(chunk.loaded()).toBeUndefined();
    await expect(chunk.load()).resolves.toBe(Menu);
    expect(importChunk).toHaveBeenCalledTimes(2);
  });
});

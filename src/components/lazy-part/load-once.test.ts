import { describe, expect, it, vi } from 'vitest';
import { importAgain } from './import-again';
import { loadOnce } from './load-once';

vi.mock('./import-again', () => ({ importAgain: vi.fn() }));

describe('loadOnce', () => {
  it('loads once for every caller', async () => {
    const load = vi.fn(() => Promise.resolve('module'));
    const get = loadOnce(load);
    await expect(Promise.all([get(), get()])).resolves.toEqual(['module', 'module']);
    await get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce('module');
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('Failed to fetch');
    await expect(get()).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads the failed chunk under another URL when loading it again fails too, and gives what `pick` takes from it', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4182/assets/save-engine-AbC.js');
    const load = vi.fn(() => Promise.reject<{ engine: string }>(failure));
    vi.mocked(importAgain).mockResolvedValueOnce({ engine: 'loaded' });
    const get = loadOnce(load, (module) => module.engine);
    await expect(get()).rejects.toBe(failure);
    expect(importAgain).not.toHaveBeenCalled();
    await expect(get()).resolves.toBe('loaded');
    expect(importAgain).toHaveBeenCalledWith(failure);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiClient } from './client';
import { ConcurrentChangeError } from './errors';
import { replaceObject } from './replace-object';

const loaded = { uuid: 'pool-1', name: 'web-pool', _last_modified: '100', servers: [] };

afterEach(() => vi.restoreAllMocks());

describe('replaceObject', () => {
  it('puts the edited object when nobody changed it since it was loaded', async () => {
    vi.spyOn(apiClient, 'get').mockResolvedValue({ ...loaded });
    const put = vi.spyOn(apiClient, 'replace').mockResolvedValue({ ...loaded, _last_modified: '200' });
    const edited = { ...loaded, enabled: false };
    await replaceObject('pool', loaded as never, edited as never);
    expect(put).toHaveBeenCalledWith('pool', 'pool-1', edited);
  });

  it('refuses to overwrite a concurrent change and hands back the current version', async () => {
    const current = { ...loaded, _last_modified: '150', description: 'changed elsewhere' };
    vi.spyOn(apiClient, 'get').mockResolvedValue(current);
    const put = vi.spyOn(apiClient, 'replace');
    const error = await replaceObject('pool', loaded as never, { ...loaded } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    expect((error as ConcurrentChangeError).current).toEqual(current);
    expect((error as Error).message).toContain('Pool "web-pool" was changed by someone else');
    expect(put).not.toHaveBeenCalled();
  });
});

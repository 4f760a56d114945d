// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { usePlacementResolver, type PlacementData } from './use-placement-resolver';

vi.mock('@/session', () => ({ useSession: () => ({ tenant: 'admin' }) }));

const seen: { latest?: PlacementData } = {};
function Probe({ enabled }: { enabled?: boolean }) {
  const placement = usePlacementResolver({ applicationProfiles: [], pools: [], vsVips: [], enabled });
  useEffect(() => {
    seen.latest = placement;
  });
  return null;
}

const requestedPaths = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://console').pathname).sort();

describe('usePlacementResolver', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    delete seen.latest;
    fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ count: 0, results: [] }), { headers: { 'Content-Type': 'application/json' } })));
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('held back, asks for nothing and is loading; let go, asks for the small collections and resolves', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { render } = mount(
      <QueryClientProvider client={client}>
        <Probe enabled={false} />
      </QueryClientProvider>,
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(seen.latest).toMatchObject({ isLoading: true, resolver: undefined, collections: undefined });

    render(
      <QueryClientProvider client={client}>
        <Probe enabled />
      </QueryClientProvider>,
    );
    await act(() => vi.waitFor(() => expect(seen.latest?.resolver).toBeDefined()));
    expect(requestedPaths(fetchMock)).toEqual(['/api/cloud', '/api/network', '/api/serviceenginegroup', '/api/vrfcontext']);
    expect(seen.latest).toMatchObject({ isLoading: false, collections: { seGroups: [], vrfContexts: [], clouds: [], networks: [], applicationProfiles: [], pools: [], vsVips: [] } });
  });
});

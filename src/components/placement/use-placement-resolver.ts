import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { allObjectsQuery, objectsByUuidQuery } from '@/api/queries';
import type { PlacementResolver } from '@/domain/rules';
import { useSession } from '@/session';
import { placementResolver, type PlacementCollections } from './placement-resolver';

export interface PlacementData {
  resolver: PlacementResolver | undefined;
  collections: PlacementCollections | undefined;
  isLoading: boolean;
  error: unknown;
}

export interface PlacementNeeds {
  applicationProfiles: readonly string[];
  pools: readonly string[];
  vsVips: readonly string[];
}

/**
 * Fetches what the placement rules need: the small collections (SE groups, VRFs, clouds, networks) whole,
 * and only the named application profiles (there can be hundreds), pools and VS VIPs. Cached per tenant.
 */
export function usePlacementResolver(needs: PlacementNeeds): PlacementData {
  const { tenant } = useSession();
  const results = useQueries({
    queries: [
      objectsByUuidQuery(tenant, 'applicationprofile', needs.applicationProfiles),
      allObjectsQuery(tenant, 'serviceenginegroup'),
      allObjectsQuery(tenant, 'vrfcontext'),
      allObjectsQuery(tenant, 'cloud'),
      allObjectsQuery(tenant, 'network'),
      objectsByUuidQuery(tenant, 'pool', needs.pools),
      objectsByUuidQuery(tenant, 'vsvip', needs.vsVips),
    ],
  });
  const [profiles, seGroups, vrfContexts, clouds, networks, pools, vsVips] = results;
  const ready = results.every((r) => r.data !== undefined);
  const collections = useMemo<PlacementCollections | undefined>(
    () =>
      ready
        ? {
            applicationProfiles: profiles.data!.results,
            seGroups: seGroups.data!.results,
            vrfContexts: vrfContexts.data!.results,
            clouds: clouds.data!.results,
            networks: networks.data!.results,
            pools: pools.data!.results,
            vsVips: vsVips.data!.results,
          }
        : undefined,
    [ready, profiles.data, seGroups.data, vrfContexts.data, clouds.data, networks.data, pools.data, vsVips.data],
  );
  const resolver = useMemo(() => (collections ? placementResolver(collections) : undefined), [collections]);
  return {
    resolver,
    collections,
    isLoading: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error,
  };
}

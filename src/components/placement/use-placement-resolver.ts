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
  /** False holds the requests back (default true). */
  enabled?: boolean;
}

const NONE: readonly [] = [];

/**
 * Fetches what the placement rules need: the small collections (SE groups, VRFs, clouds, networks) whole,
 * and only the named application profiles (there can be hundreds), pools and VS VIPs. Cached per tenant.
 */
export function usePlacementResolver(needs: PlacementNeeds): PlacementData {
  const { tenant } = useSession();
  const enabled = needs.enabled ?? true;
  const queries = [
    objectsByUuidQuery(tenant, 'applicationprofile', needs.applicationProfiles),
    allObjectsQuery(tenant, 'serviceenginegroup'),
    allObjectsQuery(tenant, 'vrfcontext'),
    allObjectsQuery(tenant, 'cloud'),
    allObjectsQuery(tenant, 'network'),
    objectsByUuidQuery(tenant, 'pool', needs.pools),
    objectsByUuidQuery(tenant, 'vsvip', needs.vsVips),
  ] as const;
  // Held back, the hook observes no query at all, so a render that holds the requests back stays cheap.
  const results = useQueries({ queries: enabled ? queries : (NONE as unknown as typeof queries) });
  const [profiles, seGroups, vrfContexts, clouds, networks, pools, vsVips] = results.length > 0 ? results : [];
  const [profilesData, seGroupsData, vrfContextsData, cloudsData, networksData, poolsData, vsVipsData] = [
    profiles?.data,
    seGroups?.data,
    vrfContexts?.data,
    clouds?.data,
    networks?.data,
    pools?.data,
    vsVips?.data,
  ];
  const collections = useMemo<PlacementCollections | undefined>(
    () =>
      profilesData && seGroupsData && vrfContextsData && cloudsData && networksData && poolsData && vsVipsData
        ? {
            applicationProfiles: profilesData.results,
            seGroups: seGroupsData.results,
            vrfContexts: vrfContextsData.results,
            clouds: cloudsData.results,
            networks: networksData.results,
            pools: poolsData.results,
            vsVips: vsVipsData.results,
          }
        : undefined,
    [profilesData, seGroupsData, vrfContextsData, cloudsData, networksData, poolsData, vsVipsData],
  );
  const resolver = useMemo(() => (collections ? placementResolver(collections) : undefined), [collections]);
  return {
    resolver,
    collections,
    isLoading: !enabled || results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error,
  };
}

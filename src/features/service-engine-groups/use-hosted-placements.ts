import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { fetchByUuids, fetchPages } from '@/api/fetch-many';
import { allObjectsQuery, controllerKeys } from '@/api/queries';
import { placementResolver } from '@/components/placement';
import { refUuid, type ServiceEngineGroup } from '@/domain/model';
import { placementFactsFor, type PlacementFacts, type RoutingEnvironment } from '@/domain/rules';
import { useSession } from '@/session';

/** Enough to judge the rules without walking a huge group whole; past it the controller has the last word. */
const HOSTED_LIMIT = 1000;
const HOSTED_FIELDS = ['name', 'enabled', 'application_profile_ref', 'pool_ref', 'vsvip_ref', 'vrf_context_ref', 'cloud_ref', 'snat_ip', 'use_vip_as_snat', 'se_group_ref'];
const PROFILE_FIELDS = ['type', 'preserve_client_ip', 'http_profile', 'tcp_app_profile'];

export interface HostedPlacements {
  /** Placement facts of the virtual services on the group that preserve the client IP. */
  preserving: PlacementFacts[];
  /** How many virtual services the group hosts in all. */
  hostedCount: number;
  /** False when the group hosts more than the console looked at. */
  complete: boolean;
  environment: RoutingEnvironment | undefined;
  isLoading: boolean;
  error: unknown;
}

/**
 * What the SE group's IP routing rules depend on: its cloud and networks (the environment), and the
 * virtual services on it that preserve the client IP, with their pools and VIPs.
 */
export function useHostedPlacements(group: ServiceEngineGroup | undefined): HostedPlacements {
  const { tenant } = useSession();
  const uuid = group?.uuid ?? '';
  const [clouds, networks, vrfContexts] = useQueries({
    queries: [allObjectsQuery(tenant, 'cloud'), allObjectsQuery(tenant, 'network'), allObjectsQuery(tenant, 'vrfcontext')],
  });
  const hosted = useQuery({
    queryKey: [...controllerKeys.type(tenant, 'virtualservice'), 'hosted-on', uuid],
    enabled: uuid !== '',
    queryFn: async ({ signal }) => {
      const list = await fetchPages('virtualservice', { refers_to: `serviceenginegroup:${uuid}`, fields: HOSTED_FIELDS, sort: 'name' }, HOSTED_LIMIT, signal);
      const profiles = await fetchByUuids('applicationprofile', uuidsOf(list.results.map((vs) => vs.application_profile_ref)), { fields: PROFILE_FIELDS }, signal);
      const preservingProfiles = new Set(profiles.filter((p) => p.preserve_client_ip).map((p) => p.uuid));
      const preserving = list.results.filter((vs) => preservingProfiles.has(refUuid(vs.application_profile_ref)));
      const [pools, vsVips] = await Promise.all([
        fetchByUuids('pool', uuidsOf(preserving.map((vs) => vs.pool_ref)), { fields: ['servers', 'default_server_port'] }, signal),
        fetchByUuids('vsvip', uuidsOf(preserving.map((vs) => vs.vsvip_ref)), { fields: ['vip', 'vrf_context_ref'] }, signal),
      ]);
      return { preserving, count: list.count, complete: list.complete, profiles, pools, vsVips };
    },
  });

  const environment = useMemo<RoutingEnvironment | undefined>(() => {
    if (!group || !clouds.data || !networks.data) return undefined;
    const resolver = placementResolver({ applicationProfiles: [], seGroups: [], vrfContexts: [], clouds: clouds.data.results, networks: networks.data.results, pools: [], vsVips: [] });
    const cloud = resolver.cloud(group.cloud_ref);
    return { cloud: cloud ? { name: cloud.name, vtype: cloud.vtype } : undefined, networks: resolver.networks(group.cloud_ref) };
  }, [group, clouds.data, networks.data]);

  const preserving = useMemo<PlacementFacts[]>(() => {
    if (!group || !hosted.data || !clouds.data || !networks.data || !vrfContexts.data) return [];
    const resolver = placementResolver({
      applicationProfiles: hosted.data.profiles,
      seGroups: [group],
      vrfContexts: vrfContexts.data.results,
      clouds: clouds.data.results,
      networks: networks.data.results,
      pools: hosted.data.pools,
      vsVips: hosted.data.vsVips,
    });
    return hosted.data.preserving.map((vs) => placementFactsFor({ ...vs, se_group_ref: undefined }, { ...resolver, seGroup: () => group }));
  }, [group, hosted.data, clouds.data, networks.data, vrfContexts.data]);

  return {
    preserving,
    hostedCount: hosted.data?.count ?? 0,
    complete: hosted.data?.complete ?? true,
    environment,
    isLoading: hosted.isPending || clouds.isPending || networks.isPending || vrfContexts.isPending,
    error: hosted.error || clouds.error || networks.error || vrfContexts.error || undefined,
  };
}

function uuidsOf(refs: readonly (string | undefined)[]): string[] {
  return refs.map((ref) => refUuid(ref)).filter((u): u is string => u !== undefined);
}

import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listQuery } from '@/api/queries';
import { refUuid, type VirtualService } from '@/domain/model';
import { placementFactsFor, type PlacementFacts } from '@/domain/rules';
import { usePainted } from '@/components/scheduling';
import { useSession } from '@/session';
import { usePlacementResolver } from '../placement';
import type { WizardClientIpContext } from './types';

const USER_FIELDS = ['name', 'enabled', 'se_group_ref', 'pool_ref', 'vsvip_ref', 'vip', 'snat_ip', 'use_vip_as_snat', 'vrf_context_ref', 'cloud_ref', 'application_profile_ref'];
const MAX_USERS = 200;

export interface ProfileUsers {
  /** The virtual services that use the profile (up to 200), as stored. */
  virtualServices: VirtualService[];
  count: number;
  /** Their placement facts, the wizard's virtual service with its configuration so far. */
  facts: PlacementFacts[] | undefined;
  isLoading: boolean;
}

/**
 * Who uses the profile (`refers_to=applicationprofile:<uuid>`) and where they are placed, plus the wizard's
 * virtual service: its configuration so far counts, as it will be saved with this profile.
 */
export function useProfileUsers(profileUuid: string | undefined, wizard: WizardClientIpContext | undefined): ProfileUsers {
  const { tenant } = useSession();
  // Asked for once the editor has painted: until the answer, the usage shows as loading and the rules that
  // need it hold Save back, as they do while the request is in flight.
  const painted = usePainted();
  const users = useQuery({
    ...listQuery(tenant, 'virtualservice', { refers_to: `applicationprofile:${profileUuid}`, page_size: MAX_USERS, fields: USER_FIELDS, include_name: true, sort: 'name' }),
    enabled: profileUuid !== undefined && painted,
    // Who uses the profile, and whether they are enabled, decides what may change: always ask afresh.
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const virtualServices = useMemo(() => users.data?.results ?? [], [users.data]);
  const uuids = (refs: (string | undefined)[]) => refs.map((ref) => refUuid(ref)).filter((uuid): uuid is string => uuid !== undefined);
  const placement = usePlacementResolver({
    applicationProfiles: [],
    pools: uuids([...virtualServices.map((vs) => vs.pool_ref), wizard?.poolRef]),
    vsVips: uuids([...virtualServices.map((vs) => vs.vsvip_ref), wizard?.vsVipRef]),
  });

  const facts = useMemo<PlacementFacts[] | undefined>(() => {
    const resolver = placement.resolver;
    if (!resolver || (profileUuid !== undefined && !users.data)) return undefined;
    const stored = virtualServices.map((vs) => placementFactsFor({ ...vs, uuid: vs.uuid }, resolver));
    if (!wizard) return stored;
    const wizardFacts =
      wizard.placementFacts?.() ??
      placementFactsFor(
        {
          name: wizard.virtualServiceName,
          uuid: wizard.virtualServiceUuid,
          enabled: wizard.enabled,
          se_group_ref: wizard.seGroupRef,
          snat_ip: wizard.snatIps,
          use_vip_as_snat: wizard.useVipAsSnat,
          pool_ref: wizard.poolRef,
          vsvip_ref: wizard.vsVipRef,
        },
        resolver,
      );
    if (!wizardFacts) return stored;
    const own = virtualServices.find((vs) => wizard.virtualServiceUuid !== undefined && vs.uuid === wizard.virtualServiceUuid);
    // The stored state decides PCIP-ENABLED-VS (the profile is saved before the virtual service); a virtual
    // service not created yet is not enabled anywhere.
    const enabled = own ? (own.enabled ?? true) : false;
    const mine: PlacementFacts = { ...wizardFacts, virtualService: { ...wizardFacts.virtualService, enabled } };
    return [...stored.filter((f) => !own || f.virtualService.uuid !== own.uuid), mine];
  }, [placement.resolver, profileUuid, users.data, virtualServices, wizard]);

  return { virtualServices, count: users.data?.count ?? 0, facts, isLoading: users.isPending && profileUuid !== undefined };
}

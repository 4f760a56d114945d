import type { ApplicationProfile } from '../model/application-profile';
import type { Cloud } from '../model/cloud';
import type { Network } from '../model/network';
import type { Pool } from '../model/pool';
import type { IpAddr } from '../model/primitives';
import type { ServiceEngineGroup } from '../model/service-engine-group';
import type { VirtualService } from '../model/virtual-service';
import type { VrfContext } from '../model/vrf-context';
import type { VsVip } from '../model/vs-vip';
import type { PlacementFacts } from './virtual-service-rules';

/**
 * Looks up the objects a virtual service refers to. The mock controller answers from its store, the
 * console from what it has fetched; both build placement facts the same way through `placementFactsFor`.
 */
export interface PlacementResolver {
  applicationProfile(ref: string | undefined): ApplicationProfile | undefined;
  /** With no ref: the default SE group of the cloud (`Default-Group`), as the controller does. */
  seGroup(ref: string | undefined, cloudRef: string | undefined): ServiceEngineGroup | undefined;
  vrfContext(ref: string | undefined, cloudRef: string | undefined): VrfContext | undefined;
  vsVip(ref: string | undefined): VsVip | undefined;
  pool(ref: string | undefined): Pool | undefined;
  cloud(ref: string | undefined): Cloud | undefined;
  networks(cloudRef: string | undefined): readonly Network[];
}

type PlacementInput = Pick<
  VirtualService,
  | 'name'
  | 'snat_ip'
  | 'application_profile_ref'
  | 'se_group_ref'
  | 'vrf_context_ref'
  | 'vsvip_ref'
  | 'vip'
  | 'pool_ref'
  | 'cloud_ref'
> & { uuid?: string | undefined; enabled?: boolean | undefined; use_vip_as_snat?: boolean | undefined };

export function vipAddressesOf(vips: VsVip['vip']): IpAddr[] {
  return (vips ?? []).flatMap((vip) => [vip.ip_address, vip.ip6_address].filter((ip): ip is IpAddr => ip !== undefined));
}

export function placementFactsFor(vs: PlacementInput, resolve: PlacementResolver): PlacementFacts {
  const vsVip = resolve.vsVip(vs.vsvip_ref);
  const cloud = resolve.cloud(vs.cloud_ref);
  const profile = resolve.applicationProfile(vs.application_profile_ref);
  return {
    virtualService: {
      name: vs.name,
      uuid: vs.uuid,
      enabled: vs.enabled ?? true,
      snat_ip: vs.snat_ip,
      use_vip_as_snat: vs.use_vip_as_snat ?? false,
    },
    applicationProfile: profile,
    seGroup: resolve.seGroup(vs.se_group_ref, vs.cloud_ref),
    vrfName: resolve.vrfContext(vs.vrf_context_ref ?? vsVip?.vrf_context_ref, vs.cloud_ref)?.name,
    vipAddresses: [...vipAddressesOf(vs.vip), ...vipAddressesOf(vsVip?.vip)],
    servers: (resolve.pool(vs.pool_ref)?.servers ?? []).map((server) => server.ip),
    environment: {
      cloud: cloud ? { name: cloud.name, vtype: cloud.vtype } : undefined,
      networks: resolve.networks(vs.cloud_ref),
    },
  };
}

import { apiGeneration } from '../api-version';
import type { IpAddr } from '../model/primitives';
import { hasSnat, type VirtualService } from '../model/virtual-service';
import { GLOBAL_VRF_NAME } from '../model/vrf-context';
import { profileLabel, type ProfileFacts } from './application-profile-rules';
import {
  connectedNetworkOf,
  prerequisiteViolation,
  seGroupLabel,
  type RoutingEnvironment,
  type SeGroupFacts,
} from './routing-prerequisites';
import type { ObjectLabel, Violation } from './types';

export interface VirtualServiceClientIpFacts {
  name: string;
  uuid?: string | undefined;
  enabled: boolean;
  snat_ip?: VirtualService['snat_ip'];
  use_vip_as_snat?: boolean | undefined;
}

/** Everything the client-IP rules need to know about one virtual service and what it refers to. */
export interface PlacementFacts {
  virtualService: VirtualServiceClientIpFacts;
  applicationProfile: ProfileFacts | undefined;
  /** The SE group the virtual service is placed on (its `se_group_ref`, or the cloud's default group). */
  seGroup: SeGroupFacts | undefined;
  /** Name of the virtual service's VRF context. */
  vrfName: string | undefined;
  /** The virtual service's VIP addresses (IPv4 and IPv6). */
  vipAddresses: readonly IpAddr[];
  /** Addresses of the servers of its pool. */
  servers: readonly IpAddr[];
  environment: RoutingEnvironment;
}

export function virtualServiceLabel(vs: Pick<VirtualServiceClientIpFacts, 'name' | 'uuid'>): ObjectLabel {
  return { type: 'virtualservice', name: vs.name, uuid: vs.uuid };
}

/** PCIP-ROUTING: a virtual service whose profile preserves the client IP needs an SE group with IP routing. */
export function checkPlacementNeedsRouting(facts: PlacementFacts): Violation[] {
  const { virtualService: vs, applicationProfile: profile, seGroup } = facts;
  if (!apiGeneration.preserveClientIpNeedsRouting) return [];
  if (!profile?.preserve_client_ip || !seGroup || seGroup.enable_routing) return [];
  const group = seGroupLabel(seGroup);
  return [
    {
      rule: 'PCIP-ROUTING',
      message:
        `Virtual service "${vs.name}" uses application profile "${profile.name}", which preserves the client IP, ` +
        `but its Service Engine group "${seGroup.name}" does not have IP routing enabled. ` +
        `Choose a Service Engine group with IP routing enabled, or enable IP routing on "${seGroup.name}".`,
      object: virtualServiceLabel(vs),
      fields: ['se_group_ref'],
      remedies: [
        { kind: 'choose-routed-se-group' },
        { kind: 'enable-ip-routing', seGroup: group },
        { kind: 'turn-off-preserve-client-ip', profile: profileLabel(profile) },
      ],
      related: [profileLabel(profile), group],
    },
  ];
}

/** PCIP-SNAT: SNAT on the virtual service and Preserve Client IP in its profile are mutually exclusive. */
export function checkSnatWithPreserveClientIp(facts: Pick<PlacementFacts, 'virtualService' | 'applicationProfile'>): Violation[] {
  const { virtualService: vs, applicationProfile: profile } = facts;
  if (!profile?.preserve_client_ip || !hasSnat(vs)) return [];
  const fields: string[] = [];
  const what: string[] = [];
  if ((vs.snat_ip?.length ?? 0) > 0) {
    fields.push('snat_ip');
    what.push(`SNAT IP addresses (${vs.snat_ip!.map((ip) => ip.addr).join(', ')})`);
  }
  if (vs.use_vip_as_snat) {
    fields.push('use_vip_as_snat');
    what.push('Use VIP as SNAT');
  }
  const label = virtualServiceLabel(vs);
  return [
    {
      rule: 'PCIP-SNAT',
      message:
        `Virtual service "${vs.name}" cannot use ${what.join(' or ')} while its application profile "${profile.name}" preserves the client IP. ` +
        'Remove the SNAT settings, or choose an application profile that does not preserve the client IP.',
      object: label,
      fields,
      remedies: [
        { kind: 'remove-snat', virtualService: label },
        { kind: 'turn-off-preserve-client-ip', profile: profileLabel(profile) },
      ],
      related: [profileLabel(profile)],
    },
  ];
}

/**
 * ROUTING-SCOPE for a virtual service that preserves the client IP on a routed SE group: global VRF,
 * IPv4 only, back-end servers on directly connected networks, each with a floating IP as their gateway.
 */
export function checkPlacementRoutingScope(facts: PlacementFacts): Violation[] {
  const { virtualService: vs, applicationProfile: profile, seGroup } = facts;
  if (!profile?.preserve_client_ip || !seGroup?.enable_routing) return [];
  const object = virtualServiceLabel(vs);
  const related = [seGroupLabel(seGroup)];
  const violations: Violation[] = [];
  const violation = (prerequisite: Parameters<typeof prerequisiteViolation>[1], problem: string, fix: string, fields: string[]) =>
    violations.push(prerequisiteViolation(seGroup, prerequisite, problem, fix, fields, object, related));

  if (facts.vrfName !== undefined && facts.vrfName !== GLOBAL_VRF_NAME) {
    violation(
      'global-vrf',
      `the virtual services preserving the client IP are in the global VRF (virtual service "${vs.name}" is in VRF "${facts.vrfName}").`,
      `Place "${vs.name}" in VRF "${GLOBAL_VRF_NAME}".`,
      ['vrf_context_ref'],
    );
  }
  const v6Vips = facts.vipAddresses.filter((ip) => ip.type !== 'V4');
  if (v6Vips.length > 0) {
    violation(
      'ipv4-only',
      `virtual services preserving the client IP use IPv4 only (virtual service "${vs.name}" has VIP ${v6Vips.map((ip) => ip.addr).join(', ')}).`,
      'Remove the IPv6 VIP address.',
      ['vsvip_ref'],
    );
  }
  const notV4Servers = facts.servers.filter((ip) => ip.type !== 'V4');
  if (notV4Servers.length > 0) {
    violation(
      'ipv4-only',
      `back-end servers have IPv4 addresses (${notV4Servers.map((ip) => ip.addr).join(', ')} in the pool of "${vs.name}" is not).`,
      'Use servers with static IPv4 addresses.',
      ['pool_ref'],
    );
  }
  const v4Servers = facts.servers.filter((ip) => ip.type === 'V4');
  const remote = v4Servers.filter((ip) => !connectedNetworkOf(ip, facts.environment.networks));
  if (remote.length > 0) {
    violation(
      'directly-connected-servers',
      `back-end servers are on directly connected networks (${remote.map((ip) => ip.addr).join(', ')} in the pool of "${vs.name}" is not).`,
      'Use servers on a network the Service Engines are attached to, with no router in between.',
      ['pool_ref'],
    );
  }
  const serverNetworks = new Map<string, NonNullable<ReturnType<typeof connectedNetworkOf>>>();
  for (const ip of v4Servers) {
    const network = connectedNetworkOf(ip, facts.environment.networks);
    if (network) serverNetworks.set(network.name, network);
  }
  for (const network of serverNetworks.values()) {
    const hasGateway = (seGroup.floating_intf_ip ?? []).some((ip) => connectedNetworkOf(ip, [network]) !== undefined);
    if (!hasGateway) {
      violation(
        'backend-network-floating-ip',
        `every back-end network has a floating interface IP to serve as the servers' default gateway (network "${network.name}" has none).`,
        `Add a floating IP in "${network.name}" to Service Engine group "${seGroup.name}".`,
        ['pool_ref'],
      );
    }
  }
  return violations;
}

/** Every client-IP rule that concerns one virtual service. */
export function checkVirtualServicePlacement(facts: PlacementFacts): Violation[] {
  return [...checkPlacementNeedsRouting(facts), ...checkSnatWithPreserveClientIp(facts), ...checkPlacementRoutingScope(facts)];
}

import { apiGeneration } from '../api-version';
import type { CloudType } from '../model/cloud';
import type { Network } from '../model/network';
import type { IpAddr } from '../model/primitives';
import { haModeLabels, type ServiceEngineGroup } from '../model/service-engine-group';
import { isIpv4InSubnet } from '../net/ipv4';
import type { ObjectLabel, RoutingPrerequisite, Violation } from './types';

/**
 * Cloud types on which 17.2 supports IP routing on Service Engines: Linux server clouds and VMware
 * clouds in no-access mode. A "No Orchestrator" cloud (CLOUD_NONE) is a no-access cloud as well.
 */
export const routingCloudTypes: readonly CloudType[] = ['CLOUD_NONE', 'CLOUD_LINUXSERVER', 'CLOUD_VCENTER'];

export type SeGroupFacts = Pick<
  ServiceEngineGroup,
  'name' | 'ha_mode' | 'distribute_load_active_standby' | 'enable_routing' | 'floating_intf_ip'
> & { uuid?: string | undefined };

export interface RoutingEnvironment {
  /** The SE group's cloud; undefined when it cannot be resolved. */
  cloud: { name: string; vtype: CloudType } | undefined;
  /** Networks of that cloud: their configured subnets are the directly connected networks. */
  networks: readonly Pick<Network, 'name' | 'configured_subnets'>[];
}

export function seGroupLabel(group: Pick<SeGroupFacts, 'name' | 'uuid'>): ObjectLabel {
  return { type: 'serviceenginegroup', name: group.name, uuid: group.uuid };
}

export function prerequisiteViolation(
  group: Pick<SeGroupFacts, 'name' | 'uuid'>,
  prerequisite: RoutingPrerequisite,
  problem: string,
  fix: string,
  fields: string[],
  object: ObjectLabel = seGroupLabel(group),
  related: ObjectLabel[] = [],
): Violation {
  return {
    rule: 'ROUTING-SCOPE',
    prerequisite,
    message: `IP routing on Service Engine group "${group.name}" requires that ${problem} ${fix}`,
    object,
    fields,
    remedies: [{ kind: 'meet-routing-prerequisite', prerequisite, seGroup: seGroupLabel(group) }],
    related,
  };
}

/** The directly connected network containing an IPv4 address, if any. */
export function connectedNetworkOf(
  address: IpAddr,
  networks: RoutingEnvironment['networks'],
): Pick<Network, 'name' | 'configured_subnets'> | undefined {
  if (address.type !== 'V4') return undefined;
  return networks.find((network) =>
    (network.configured_subnets ?? []).some(
      (subnet) => subnet.prefix.ip_addr.type === 'V4' && isIpv4InSubnet(address.addr, subnet.prefix.ip_addr.addr, subnet.prefix.mask),
    ),
  );
}

/**
 * ROUTING-SCOPE, the SE group's own prerequisites for IP routing (17.2): legacy active/standby HA,
 * no load distribution across the pair, a supported cloud, and IPv4 floating interface IPs on
 * directly connected networks (the back-end servers' default gateway).
 */
export function checkRoutingPrerequisites(group: SeGroupFacts, environment: RoutingEnvironment): Violation[] {
  if (!group.enable_routing) return [];
  const violations: Violation[] = [];
  if (apiGeneration.routingNeedsLegacyActiveStandby && group.ha_mode !== 'HA_MODE_LEGACY_ACTIVE_STANDBY') {
    violations.push(
      prerequisiteViolation(
        group,
        'ha-mode',
        `its HA mode is ${haModeLabels.HA_MODE_LEGACY_ACTIVE_STANDBY} (it is ${haModeLabels[group.ha_mode]}).`,
        `Set HA mode to ${haModeLabels.HA_MODE_LEGACY_ACTIVE_STANDBY} first.`,
        ['ha_mode'],
      ),
    );
  }
  if (group.distribute_load_active_standby) {
    violations.push(
      prerequisiteViolation(
        group,
        'distribute-load',
        'load is not distributed across the active and standby Service Engines.',
        'Turn off Distribute Load (distribute_load_active_standby) first.',
        ['distribute_load_active_standby'],
      ),
    );
  }
  if (environment.cloud && !routingCloudTypes.includes(environment.cloud.vtype)) {
    violations.push(
      prerequisiteViolation(
        group,
        'cloud-type',
        `its cloud is a Linux server, VMware no-access or No Orchestrator cloud (cloud "${environment.cloud.name}" is ${environment.cloud.vtype}).`,
        'Use a Service Engine group in a supported cloud.',
        ['cloud_ref'],
      ),
    );
  }
  const floating = group.floating_intf_ip ?? [];
  if (floating.length === 0) {
    violations.push(
      prerequisiteViolation(
        group,
        'floating-ip',
        'it has at least one floating interface IP, used as the default gateway of the back-end servers.',
        'Add a floating IP (floating_intf_ip) on each back-end network, for example 10.10.10.11.',
        ['floating_intf_ip'],
      ),
    );
  }
  const notV4 = floating.filter((ip) => ip.type !== 'V4');
  if (notV4.length > 0) {
    violations.push(
      prerequisiteViolation(
        group,
        'ipv4-only',
        `its floating interface IPs are IPv4 addresses (${notV4.map((ip) => ip.addr).join(', ')} is not).`,
        'IP routing supports IPv4 only; remove the other addresses.',
        ['floating_intf_ip'],
      ),
    );
  }
  const unconnected = floating.filter((ip) => ip.type === 'V4' && !connectedNetworkOf(ip, environment.networks));
  if (unconnected.length > 0) {
    violations.push(
      prerequisiteViolation(
        group,
        'directly-connected-floating-ip',
        `each floating interface IP lies in a directly connected network (${unconnected.map((ip) => ip.addr).join(', ')} does not).`,
        'Use addresses from the back-end networks the Service Engines are attached to.',
        ['floating_intf_ip'],
      ),
    );
  }
  return violations;
}

import type { ProfileFacts } from '../application-profile-rules';
import type { RoutingEnvironment, SeGroupFacts } from '../routing-prerequisites';
import type { PlacementFacts } from '../virtual-service-rules';

/** The seed document's two-leg topology: back end 10.10.10.0/24, front-end router in 10.10.40.0/24. */
export const twoLegEnvironment: RoutingEnvironment = {
  cloud: { name: 'Default-Cloud', vtype: 'CLOUD_NONE' },
  networks: [
    { name: 'Backend-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.10.0', type: 'V4' }, mask: 24 } }] },
    { name: 'Frontend-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.40.0', type: 'V4' }, mask: 24 } }] },
  ],
};

export function httpProfile(overrides: Partial<ProfileFacts> = {}): ProfileFacts {
  return {
    name: 'System-HTTP',
    uuid: 'applicationprofile-http',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    preserve_client_ip: false,
    http_profile: { connection_multiplexing_enabled: true, xff_enabled: true } as ProfileFacts['http_profile'],
    ...overrides,
  };
}

export function preservingHttpProfile(overrides: Partial<ProfileFacts> = {}): ProfileFacts {
  return httpProfile({
    name: 'HTTP-Preserve-Client-IP',
    uuid: 'applicationprofile-pcip',
    preserve_client_ip: true,
    http_profile: { connection_multiplexing_enabled: false, xff_enabled: true } as ProfileFacts['http_profile'],
    ...overrides,
  });
}

export function l4Profile(overrides: Partial<ProfileFacts> = {}): ProfileFacts {
  return { name: 'System-L4-Application', uuid: 'applicationprofile-l4', type: 'APPLICATION_PROFILE_TYPE_L4', preserve_client_ip: false, ...overrides };
}

export function routedGroup(overrides: Partial<SeGroupFacts> = {}): SeGroupFacts {
  return {
    name: 'Routed-Group',
    uuid: 'serviceenginegroup-routed',
    ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
    distribute_load_active_standby: false,
    enable_routing: true,
    floating_intf_ip: [
      { addr: '10.10.10.11', type: 'V4' },
      { addr: '10.10.40.11', type: 'V4' },
    ],
    ...overrides,
  };
}

export function defaultGroup(overrides: Partial<SeGroupFacts> = {}): SeGroupFacts {
  return {
    name: 'Default-Group',
    uuid: 'serviceenginegroup-default',
    ha_mode: 'HA_MODE_SHARED',
    distribute_load_active_standby: false,
    enable_routing: false,
    ...overrides,
  };
}

export function placement(overrides: Partial<PlacementFacts> = {}): PlacementFacts {
  return {
    virtualService: { name: 'web', uuid: 'virtualservice-web', enabled: true, use_vip_as_snat: false },
    applicationProfile: preservingHttpProfile(),
    seGroup: routedGroup(),
    vrfName: 'global',
    vipAddresses: [{ addr: '10.10.40.100', type: 'V4' }],
    servers: [
      { addr: '10.10.10.21', type: 'V4' },
      { addr: '10.10.10.22', type: 'V4' },
    ],
    environment: twoLegEnvironment,
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { checkVirtualServicePlacement } from './virtual-service-rules';
import { placementFactsFor, type PlacementResolver } from './facts';
import { ApplicationProfileSchema, CloudSchema, NetworkSchema, PoolSchema, ServiceEngineGroupSchema, VrfContextSchema, VsVipSchema } from '../model';

const profiles = {
  '/api/applicationprofile/pcip': ApplicationProfileSchema.parse({
    name: 'HTTP-Preserve-Client-IP',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    preserve_client_ip: true,
    http_profile: { connection_multiplexing_enabled: false },
  }),
};
const groups = {
  default: ServiceEngineGroupSchema.parse({ name: 'Default-Group' }),
  routed: ServiceEngineGroupSchema.parse({
    name: 'Routed-Group',
    ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
    enable_routing: true,
    floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }],
  }),
};

const resolver: PlacementResolver = {
  applicationProfile: (ref) => (ref ? profiles[ref as keyof typeof profiles] : undefined),
  seGroup: (ref) => (ref === '/api/serviceenginegroup/routed' ? groups.routed : groups.default),
  vrfContext: () => VrfContextSchema.parse({ name: 'global' }),
  vsVip: () => VsVipSchema.parse({ name: 'vip', vip: [{ vip_id: '0', ip_address: { addr: '10.10.40.100', type: 'V4' } }] }),
  pool: () => PoolSchema.parse({ name: 'pool', servers: [{ ip: { addr: '10.10.10.21', type: 'V4' } }] }),
  cloud: () => CloudSchema.parse({ name: 'Default-Cloud', vtype: 'CLOUD_NONE' }),
  networks: () => [NetworkSchema.parse({ name: 'Backend-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.10.0', type: 'V4' }, mask: 24 } }] })],
};

describe('placement facts built from what a virtual service refers to', () => {
  it('resolves the default SE group when the virtual service names none, as the controller does', () => {
    const facts = placementFactsFor({ name: 'web', enabled: true, application_profile_ref: '/api/applicationprofile/pcip' }, resolver);
    expect(facts.seGroup?.name).toBe('Default-Group');
    expect(checkVirtualServicePlacement(facts).map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
  });

  it('collects VIP addresses, pool servers and the VRF', () => {
    const facts = placementFactsFor(
      { name: 'web', enabled: true, application_profile_ref: '/api/applicationprofile/pcip', se_group_ref: '/api/serviceenginegroup/routed', vsvip_ref: '/api/vsvip/x', pool_ref: '/api/pool/y' },
      resolver,
    );
    expect(facts.vipAddresses).toEqual([{ addr: '10.10.40.100', type: 'V4' }]);
    expect(facts.servers).toEqual([{ addr: '10.10.10.21', type: 'V4' }]);
    expect(facts.vrfName).toBe('global');
    expect(checkVirtualServicePlacement(facts)).toEqual([]);
  });
});

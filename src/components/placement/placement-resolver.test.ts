import { describe, expect, it } from 'vitest';
import { checkVirtualServicePlacement, placementFactsFor } from '@/domain/rules';
import { placementResolver, type PlacementCollections } from './placement-resolver';

const host = 'https://ctl.example';
const collections: PlacementCollections = {
  applicationProfiles: [
    { uuid: 'applicationprofile-pcip', name: 'HTTP-Preserve-Client-IP', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false } } as never,
  ],
  seGroups: [
    { uuid: 'serviceenginegroup-default', name: 'Default-Group', ha_mode: 'HA_MODE_SHARED', enable_routing: false } as never,
    { uuid: 'serviceenginegroup-routed', name: 'Routed-Group', ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY', enable_routing: true, floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }] } as never,
  ],
  vrfContexts: [{ uuid: 'vrfcontext-global', name: 'global' } as never, { uuid: 'vrfcontext-mgmt', name: 'management' } as never],
  clouds: [{ uuid: 'cloud-default', name: 'Default-Cloud', vtype: 'CLOUD_NONE' } as never],
  networks: [{ uuid: 'network-be', name: 'Backend-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.10.0', type: 'V4' }, mask: 24 } }] } as never],
  pools: [{ uuid: 'pool-app', name: 'app-pool', servers: [{ ip: { addr: '10.10.10.31', type: 'V4' } }] } as never],
  vsVips: [{ uuid: 'vsvip-app', name: 'app-vip', vip: [{ vip_id: '0', ip_address: { addr: '10.10.40.101', type: 'V4' } }] } as never],
};
const resolver = placementResolver(collections);

describe('placement resolver over fetched collections', () => {
  it('resolves absolute refs with names, as the controller returns them', () => {
    expect(resolver.seGroup(`${host}/api/serviceenginegroup/serviceenginegroup-routed#Routed-Group`, undefined)?.name).toBe('Routed-Group');
    expect(resolver.pool('/api/pool/pool-app')?.name).toBe('app-pool');
  });

  it('falls back to Default-Group and the global VRF like the controller', () => {
    expect(resolver.seGroup(undefined, `${host}/api/cloud/cloud-default`)?.name).toBe('Default-Group');
    expect(resolver.vrfContext(undefined, undefined)?.name).toBe('global');
  });

  it('feeds the shared rules: Preserve Client IP on a group without routing is a problem', () => {
    const vs = { name: 'app-vs', application_profile_ref: `${host}/api/applicationprofile/applicationprofile-pcip#x`, pool_ref: '/api/pool/pool-app', vsvip_ref: '/api/vsvip/vsvip-app' };
    expect(checkVirtualServicePlacement(placementFactsFor(vs, resolver)).map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
    const routed = { ...vs, se_group_ref: '/api/serviceenginegroup/serviceenginegroup-routed' };
    expect(checkVirtualServicePlacement(placementFactsFor(routed, resolver))).toEqual([]);
  });
});

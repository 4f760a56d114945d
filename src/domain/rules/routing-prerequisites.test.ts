import { describe, expect, it } from 'vitest';
import { checkRoutingPrerequisites } from './routing-prerequisites';
import { routedGroup, twoLegEnvironment } from './__fixtures__/facts';

const prerequisites = (...args: Parameters<typeof checkRoutingPrerequisites>) =>
  checkRoutingPrerequisites(...args).map((v) => {
    expect(v.rule).toBe('ROUTING-SCOPE');
    return v.prerequisite;
  });

describe('ROUTING-SCOPE: prerequisites of IP routing on an SE group', () => {
  it('accepts the seed document\u2019s routed group', () => {
    expect(checkRoutingPrerequisites(routedGroup(), twoLegEnvironment)).toEqual([]);
  });

  it('checks nothing while routing is off', () => {
    expect(checkRoutingPrerequisites(routedGroup({ enable_routing: false, ha_mode: 'HA_MODE_SHARED', floating_intf_ip: [] }), twoLegEnvironment)).toEqual([]);
  });

  it.each(['HA_MODE_SHARED', 'HA_MODE_SHARED_PAIR'] as const)('requires legacy active/standby HA (refuses %s)', (ha_mode) => {
    const [violation] = checkRoutingPrerequisites(routedGroup({ ha_mode }), twoLegEnvironment);
    expect(violation).toMatchObject({ prerequisite: 'ha-mode', fields: ['ha_mode'], object: { name: 'Routed-Group' } });
    expect(violation!.message).toMatch(/Legacy HA Active\/Standby/);
  });

  it('requires load distribution across the pair to be off', () => {
    expect(prerequisites(routedGroup({ distribute_load_active_standby: true }), twoLegEnvironment)).toEqual(['distribute-load']);
  });

  it.each(['CLOUD_NONE', 'CLOUD_LINUXSERVER', 'CLOUD_VCENTER'] as const)('accepts a %s cloud', (vtype) => {
    expect(prerequisites(routedGroup(), { ...twoLegEnvironment, cloud: { name: 'c', vtype } })).toEqual([]);
  });

  it.each(['CLOUD_AWS', 'CLOUD_AZURE', 'CLOUD_OPENSTACK'] as const)('refuses a %s cloud', (vtype) => {
    expect(prerequisites(routedGroup(), { ...twoLegEnvironment, cloud: { name: 'Public', vtype } })).toEqual(['cloud-type']);
  });

  it('requires at least one floating interface IP', () => {
    expect(prerequisites(routedGroup({ floating_intf_ip: [] }), twoLegEnvironment)).toEqual(['floating-ip']);
    expect(prerequisites(routedGroup({ floating_intf_ip: undefined }), twoLegEnvironment)).toEqual(['floating-ip']);
  });

  it('requires IPv4 floating IPs', () => {
    expect(prerequisites(routedGroup({ floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }, { addr: '2001:db8::1', type: 'V6' }] }), twoLegEnvironment)).toEqual([
      'ipv4-only',
    ]);
  });

  it('requires floating IPs on directly connected networks', () => {
    const [violation] = checkRoutingPrerequisites(routedGroup({ floating_intf_ip: [{ addr: '172.16.0.1', type: 'V4' }] }), twoLegEnvironment);
    expect(violation).toMatchObject({ prerequisite: 'directly-connected-floating-ip' });
    expect(violation!.message).toContain('172.16.0.1');
  });

  it('reports every unmet prerequisite at once', () => {
    expect(
      prerequisites(routedGroup({ ha_mode: 'HA_MODE_SHARED_PAIR', distribute_load_active_standby: true, floating_intf_ip: [] }), {
        ...twoLegEnvironment,
        cloud: { name: 'AWS', vtype: 'CLOUD_AWS' },
      }),
    ).toEqual(['ha-mode', 'distribute-load', 'cloud-type', 'floating-ip']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ServiceEngineGroup } from '@/domain/model';
import { floatingIpErrors, formFromSeGroup, seGroupWithForm } from './se-group-form';

/** As the controller returns it: defaults filled in, plus fields the console does not model. */
const loaded = {
  url: 'https://ctl/api/serviceenginegroup/serviceenginegroup-1',
  uuid: 'serviceenginegroup-1',
  name: 'Elastic-Group',
  ha_mode: 'HA_MODE_SHARED_PAIR',
  active_standby: false,
  distribute_load_active_standby: false,
  enable_routing: false,
  max_se: 10,
  vcenter_clusters: { include: true, cluster_refs: ['/api/vimgrclusterruntime/c1'] },
  _last_modified: '1700000000000000',
  tenant_ref: 'https://ctl/api/tenant/admin',
} as unknown as ServiceEngineGroup;

describe('SE group editor: the PUT body', () => {
  it('is exactly the loaded object when nothing was changed', () => {
    expect(seGroupWithForm(loaded, formFromSeGroup(loaded))).toEqual(loaded);
  });

  it('keeps a loaded object without floating IPs without them', () => {
    expect('floating_intf_ip' in seGroupWithForm(loaded, formFromSeGroup(loaded))).toBe(false);
  });

  it('changes only the edited fields', () => {
    const form = { ...formFromSeGroup(loaded), ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY' as const, floatingIps: [' 10.10.10.11 '], enable_routing: true };
    expect(seGroupWithForm(loaded, form)).toEqual({
      ...loaded,
      ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
      enable_routing: true,
      floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }],
    });
  });

  it('keeps extra fields of existing floating IPs when they are not edited', () => {
    const withIps = { ...loaded, floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4', extra: 1 }] } as unknown as ServiceEngineGroup;
    expect(seGroupWithForm(withIps, formFromSeGroup(withIps))).toEqual(withIps);
  });
});

describe('floating IP validation', () => {
  it('explains empty, malformed and duplicate addresses', () => {
    const errors = floatingIpErrors({ ...formFromSeGroup(loaded), floatingIps: ['10.10.10.11', '', '10.10.10.300', '10.10.10.11', '2001:db8::1'] });
    expect(errors[0]).toBeUndefined();
    expect(errors[1]).toMatch(/Enter an IPv4 address/);
    expect(errors[2]).toMatch(/"10.10.10.300" is not an IPv4 address/);
    expect(errors[3]).toMatch(/listed twice/);
    expect(errors[4]).toMatch(/not an IPv4 address/);
  });
});

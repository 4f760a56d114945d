import { describe, expect, it } from 'vitest';
import { placementResolver } from '@/components/placement';
import { candidateOf, checkCandidate, checkWholeConfiguration, probe, violationsAt, type WizardRuleData } from './client-ip-rules';
import { blankWizardValues } from './blank-values';

const v4 = (addr: string) => ({ addr, type: 'V4' as const });
const data: WizardRuleData = {
  resolver: placementResolver({
    applicationProfiles: [
      { uuid: 'ap-pcip', name: 'HTTP-Preserve-Client-IP', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false } } as never,
      { uuid: 'ap-http', name: 'System-HTTP', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: false } as never,
    ],
    seGroups: [
      { uuid: 'seg-default', name: 'Default-Group', ha_mode: 'HA_MODE_SHARED', enable_routing: false } as never,
      { uuid: 'seg-routed', name: 'Routed-Group', ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY', enable_routing: true, floating_intf_ip: [v4('10.10.10.11')] } as never,
    ],
    vrfContexts: [{ uuid: 'vrf-global', name: 'global' } as never],
    clouds: [{ uuid: 'cloud-1', name: 'Default-Cloud', vtype: 'CLOUD_NONE' } as never],
    networks: [{ uuid: 'net-be', name: 'Backend-Net', configured_subnets: [{ prefix: { ip_addr: v4('10.10.10.0'), mask: 24 } }] } as never],
    pools: [{ uuid: 'pool-remote', name: 'remote-pool', servers: [{ ip: v4('192.168.60.10') }] } as never],
    vsVips: [],
  }),
};

function values(profile: string, seGroup: string) {
  const v = blankWizardValues();
  v.settings.name = 'shop';
  v.settings.applicationProfileRef = `/api/applicationprofile/${profile}`;
  v.settings.pool.servers = [{ ip: '10.10.10.21', port: '', enabled: true }];
  v.advanced.seGroupRef = `/api/serviceenginegroup/${seGroup}`;
  return v;
}

describe('the client-IP rules on the wizard\u2019s configuration', () => {
  it('the seed example passes: preserving profile, routed group, servers on the back-end network', () => {
    expect(checkWholeConfiguration(candidateOf(values('ap-pcip', 'seg-routed'), {}), data)).toEqual([]);
  });

  it('reports PCIP-ROUTING at the SE group field, and probes which groups would be refused', () => {
    const candidate = candidateOf(values('ap-pcip', 'seg-default'), {});
    const violations = checkCandidate(candidate, data);
    expect(violations.map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
    expect(violationsAt(violations, 'advanced.seGroupRef')).toHaveLength(1);
    expect(probe(candidate, { seGroupRef: '/api/serviceenginegroup/seg-routed' }, ['se_group_ref'], data)).toEqual([]);
  });

  it('new pool servers count: a server behind a router breaks ROUTING-SCOPE, shown at the pool', () => {
    const v = values('ap-pcip', 'seg-routed');
    v.settings.pool.servers.push({ ip: '192.168.50.20', port: '', enabled: true });
    const violations = checkCandidate(candidateOf(v, {}), data);
    expect(violations.map((x) => `${x.rule}/${x.prerequisite}`)).toEqual(['ROUTING-SCOPE/directly-connected-servers']);
    expect(violationsAt(violations, 'settings.pool')).toHaveLength(1);
  });

  it('an existing pool is judged by its servers, and SNAT by PCIP-SNAT', () => {
    const v = values('ap-pcip', 'seg-routed');
    v.settings.pool = { ...v.settings.pool, mode: 'existing', ref: '/api/pool/pool-remote' };
    expect(checkCandidate(candidateOf(v, {}), data).map((x) => x.rule)).toEqual(['ROUTING-SCOPE']);
    const snat = values('ap-pcip', 'seg-routed');
    snat.advanced.snatIps = '10.10.40.50';
    expect(violationsAt(checkCandidate(candidateOf(snat, {}), data), 'advanced.snatIps').map((x) => x.rule)).toEqual(['PCIP-SNAT']);
    expect(probe(candidateOf(values('ap-http', 'seg-default'), {}), { snatIps: ['0.0.0.0'] }, ['snat_ip'], data)).toEqual([]);
  });
});

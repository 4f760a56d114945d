import { describe, expect, it } from 'vitest';
import { checkVirtualServicePlacement } from './virtual-service-rules';
import { defaultGroup, httpProfile, placement, routedGroup } from './__fixtures__/facts';

const ruleIds = (facts: ReturnType<typeof placement>) => checkVirtualServicePlacement(facts).map((v) => v.rule);

describe('PCIP-ROUTING: a preserving profile needs an SE group with IP routing', () => {
  it('allows the seed example: preserving profile on the routed SE group', () => {
    expect(checkVirtualServicePlacement(placement())).toEqual([]);
  });

  it('refuses the preserving profile on an SE group without IP routing, naming the group', () => {
    const [violation, ...rest] = checkVirtualServicePlacement(placement({ seGroup: defaultGroup() }));
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ rule: 'PCIP-ROUTING', object: { type: 'virtualservice', name: 'web' }, fields: ['se_group_ref'] });
    expect(violation!.message).toContain('"Default-Group"');
    expect(violation!.message).toContain('"HTTP-Preserve-Client-IP"');
    expect(violation!.remedies).toContainEqual({ kind: 'enable-ip-routing', seGroup: { type: 'serviceenginegroup', name: 'Default-Group', uuid: 'serviceenginegroup-default' } });
  });

  it('allows any SE group when the profile does not preserve the client IP', () => {
    expect(ruleIds(placement({ applicationProfile: httpProfile(), seGroup: defaultGroup() }))).toEqual([]);
  });

  it('follows the SE group when it changes after the profile was chosen', () => {
    const chosen = placement();
    expect(ruleIds(chosen)).toEqual([]);
    expect(ruleIds({ ...chosen, seGroup: defaultGroup() })).toEqual(['PCIP-ROUTING']);
    expect(ruleIds({ ...chosen, seGroup: defaultGroup({ enable_routing: true, floating_intf_ip: [{ addr: '10.10.10.12', type: 'V4' }] }) })).toEqual([]);
  });
});

describe('PCIP-SNAT: SNAT and Preserve Client IP are mutually exclusive', () => {
  it('refuses SNAT IP addresses with a preserving profile', () => {
    const [violation] = checkVirtualServicePlacement(
      placement({ virtualService: { name: 'web', enabled: false, snat_ip: [{ addr: '10.10.10.50', type: 'V4' }], use_vip_as_snat: false } }),
    );
    expect(violation).toMatchObject({ rule: 'PCIP-SNAT', fields: ['snat_ip'] });
    expect(violation!.message).toContain('10.10.10.50');
  });

  it('refuses Use VIP as SNAT with a preserving profile', () => {
    const [violation] = checkVirtualServicePlacement(placement({ virtualService: { name: 'web', enabled: true, use_vip_as_snat: true } }));
    expect(violation).toMatchObject({ rule: 'PCIP-SNAT', fields: ['use_vip_as_snat'] });
  });

  it('reports both SNAT fields when both are set', () => {
    const [violation] = checkVirtualServicePlacement(
      placement({ virtualService: { name: 'web', enabled: true, snat_ip: [{ addr: '10.10.10.50', type: 'V4' }], use_vip_as_snat: true } }),
    );
    expect(violation!.fields).toEqual(['snat_ip', 'use_vip_as_snat']);
  });

  it('allows SNAT when the profile does not preserve the client IP', () => {
    expect(
      ruleIds(placement({ applicationProfile: httpProfile(), virtualService: { name: 'web', enabled: true, snat_ip: [{ addr: '10.10.10.50', type: 'V4' }] } })),
    ).toEqual([]);
  });

  it('treats an empty SNAT list as no SNAT', () => {
    expect(ruleIds(placement({ virtualService: { name: 'web', enabled: true, snat_ip: [], use_vip_as_snat: false } }))).toEqual([]);
  });
});

describe('ROUTING-SCOPE for a preserving virtual service on a routed group', () => {
  it('refuses back-end servers that are not on a directly connected network', () => {
    const violations = checkVirtualServicePlacement(placement({ servers: [{ addr: '192.168.50.10', type: 'V4' }] }));
    expect(violations.map((v) => [v.rule, v.prerequisite])).toEqual([['ROUTING-SCOPE', 'directly-connected-servers']]);
    expect(violations[0]!.message).toContain('192.168.50.10');
  });

  it('refuses a back-end network without a floating IP to act as the servers\u2019 gateway', () => {
    const violations = checkVirtualServicePlacement(placement({ seGroup: routedGroup({ floating_intf_ip: [{ addr: '10.10.40.11', type: 'V4' }] }) }));
    expect(violations.map((v) => v.prerequisite)).toEqual(['backend-network-floating-ip']);
    expect(violations[0]!.message).toContain('"Backend-Net"');
  });

  it('refuses a VRF other than global', () => {
    expect(checkVirtualServicePlacement(placement({ vrfName: 'management' })).map((v) => v.prerequisite)).toEqual(['global-vrf']);
  });

  it('refuses an IPv6 VIP and IPv6 servers', () => {
    const violations = checkVirtualServicePlacement(
      placement({ vipAddresses: [{ addr: '2001:db8::10', type: 'V6' }], servers: [{ addr: '2001:db8::21', type: 'V6' }] }),
    );
    expect(violations.map((v) => v.prerequisite)).toEqual(['ipv4-only', 'ipv4-only']);
  });

  it('does not apply to virtual services that do not preserve the client IP', () => {
    expect(ruleIds(placement({ applicationProfile: httpProfile(), servers: [{ addr: '192.168.50.10', type: 'V4' }], vrfName: 'management' }))).toEqual([]);
  });

  it('does not pile ROUTING-SCOPE onto PCIP-ROUTING when the group has no routing at all', () => {
    expect(ruleIds(placement({ seGroup: defaultGroup(), servers: [{ addr: '192.168.50.10', type: 'V4' }] }))).toEqual(['PCIP-ROUTING']);
  });
});

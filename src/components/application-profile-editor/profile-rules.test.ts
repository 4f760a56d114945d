import { describe, expect, it } from 'vitest';
import type { PlacementFacts } from '@/domain/rules';
import { systemHttp } from './__fixtures__/profiles';
import { profileToForm } from './profile-form';
import { changeBlockers, checkProfileForm, withMultiplexing, withPreserveClientIp, type ProfileRuleContext } from './profile-rules';

const environment = { cloud: { name: 'Default-Cloud', vtype: 'CLOUD_NONE' as const }, networks: [{ name: 'Backend-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.10.0', type: 'V4' as const }, mask: 24 } }] }] };
const routed = { name: 'Routed-Group', ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY', distribute_load_active_standby: false, enable_routing: true, floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }] } as PlacementFacts['seGroup'];
const unrouted = { name: 'Default-Group', ha_mode: 'HA_MODE_SHARED', distribute_load_active_standby: false, enable_routing: false } as PlacementFacts['seGroup'];

function user(name: string, enabled: boolean, seGroup: PlacementFacts['seGroup']): PlacementFacts {
  return { virtualService: { name, enabled }, applicationProfile: undefined, seGroup, vrfName: 'global', vipAddresses: [], servers: [{ addr: '10.10.10.21', type: 'V4' }], environment };
}

function context(users: PlacementFacts[]): ProfileRuleContext {
  return { base: systemHttp, uuid: systemHttp.uuid, before: systemHttp, users };
}

describe('editor rules, through the shared rule module', () => {
  it('PCIP-MUX: Preserve Client IP is blocked while multiplexing is on, and the reverse', () => {
    const values = profileToForm(systemHttp);
    expect(changeBlockers(values, withPreserveClientIp(true), ['preserve_client_ip'], context([])).map((v) => v.rule)).toEqual(['PCIP-MUX']);
    const muxOff = withMultiplexing(false)(values);
    expect(changeBlockers(muxOff, withPreserveClientIp(true), ['preserve_client_ip'], context([]))).toEqual([]);
    const preserving = withPreserveClientIp(true)(muxOff);
    expect(changeBlockers(preserving, withMultiplexing(true), ['http_profile.connection_multiplexing_enabled'], context([])).map((v) => v.rule)).toEqual(['PCIP-MUX']);
  });

  it('PCIP-ROUTING: blocked by the wizard\u2019s SE group without routing, allowed on the routed group', () => {
    const values = withMultiplexing(false)(profileToForm(systemHttp));
    expect(changeBlockers(values, withPreserveClientIp(true), ['preserve_client_ip'], context([user('wizard-vs', false, unrouted)])).map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
    expect(changeBlockers(values, withPreserveClientIp(true), ['preserve_client_ip'], context([user('wizard-vs', false, routed)]))).toEqual([]);
  });

  it('PCIP-ENABLED-VS: blocked both ways while an enabled virtual service uses the profile', () => {
    const values = withMultiplexing(false)(profileToForm(systemHttp));
    const blockers = changeBlockers(values, withPreserveClientIp(true), ['preserve_client_ip'], context([user('web-vs', true, routed)]));
    expect(blockers.map((v) => v.rule)).toEqual(['PCIP-ENABLED-VS']);
    expect(blockers[0]!.message).toContain('"web-vs"');
    const preservingBefore = { ...systemHttp, preserve_client_ip: true, http_profile: { ...systemHttp.http_profile, connection_multiplexing_enabled: false } } as typeof systemHttp;
    const on = profileToForm(preservingBefore);
    const ctx = { ...context([user('web-vs', true, routed)]), base: preservingBefore, before: preservingBefore };
    expect(changeBlockers(on, withPreserveClientIp(false), ['preserve_client_ip'], ctx).map((v) => v.rule)).toEqual(['PCIP-ENABLED-VS']);
  });

  it('a valid edit has no violations', () => {
    expect(checkProfileForm(profileToForm(systemHttp), context([user('web-vs', true, unrouted)]))).toEqual([]);
  });
});

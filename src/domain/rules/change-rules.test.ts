import { describe, expect, it } from 'vitest';
import { checkApplicationProfileChange, checkServiceEngineGroupChange } from './change-rules';
import { defaultGroup, httpProfile, placement, preservingHttpProfile, routedGroup, twoLegEnvironment } from './__fixtures__/facts';

const mux = (on: boolean) => ({ connection_multiplexing_enabled: on, xff_enabled: true }) as never;

describe('PCIP-ENABLED-VS: Preserve Client IP is chosen before virtual services using the profile are enabled', () => {
  const before = httpProfile({ http_profile: mux(false) });
  const after = httpProfile({ http_profile: mux(false), preserve_client_ip: true });

  it('allows turning it on while every user is disabled', () => {
    const users = [placement({ virtualService: { name: 'a', enabled: false } }), placement({ virtualService: { name: 'b', enabled: false } })];
    expect(checkApplicationProfileChange({ before, after, users })).toEqual([]);
  });

  it('refuses turning it on while a user is enabled, listing only the enabled ones', () => {
    const users = [
      placement({ virtualService: { name: 'a', enabled: true } }),
      placement({ virtualService: { name: 'b', enabled: false } }),
      placement({ virtualService: { name: 'c', enabled: true } }),
    ];
    const violations = checkApplicationProfileChange({ before, after, users });
    expect(violations.map((v) => v.rule)).toEqual(['PCIP-ENABLED-VS']);
    expect(violations[0]!.message).toContain('"a", "c"');
    expect(violations[0]!.message).not.toContain('"b"');
    expect(violations[0]!.related.map((r) => r.name)).toEqual(['a', 'c']);
  });

  it('refuses turning it off while a user is enabled', () => {
    const users = [placement({ virtualService: { name: 'a', enabled: true } })];
    expect(checkApplicationProfileChange({ before: after, after: before, users }).map((v) => v.rule)).toEqual(['PCIP-ENABLED-VS']);
  });

  it('allows other edits of a profile whose users are enabled', () => {
    const users = [placement({ virtualService: { name: 'a', enabled: true } })];
    const renamedHeader = httpProfile({ http_profile: { connection_multiplexing_enabled: false, xff_alternate_name: 'X-Real-IP' } as never });
    expect(checkApplicationProfileChange({ before, after: renamedHeader, users })).toEqual([]);
  });

  it('does not apply to a new profile', () => {
    expect(checkApplicationProfileChange({ before: undefined, after, users: [] })).toEqual([]);
  });
});

describe('a profile shared by several virtual services', () => {
  it('applies the placement rules of every user with the new profile', () => {
    const users = [
      placement({ virtualService: { name: 'on-routed', enabled: false }, seGroup: routedGroup() }),
      placement({ virtualService: { name: 'on-default', enabled: false }, seGroup: defaultGroup() }),
      placement({ virtualService: { name: 'with-snat', enabled: false, snat_ip: [{ addr: '10.10.10.50', type: 'V4' }] } }),
    ];
    const violations = checkApplicationProfileChange({ before: httpProfile({ http_profile: mux(false) }), after: preservingHttpProfile({ name: 'System-HTTP' }), users });
    expect(violations.map((v) => [v.rule, v.object.name])).toEqual([
      ['PCIP-ROUTING', 'on-default'],
      ['PCIP-SNAT', 'with-snat'],
    ]);
  });

  it('includes the profile\u2019s own rules', () => {
    const violations = checkApplicationProfileChange({
      before: httpProfile(),
      after: httpProfile({ preserve_client_ip: true }),
      users: [],
    });
    expect(violations.map((v) => v.rule)).toEqual(['PCIP-MUX']);
  });
});

describe('SE group changes', () => {
  it('refuses turning IP routing off under a virtual service that preserves the client IP', () => {
    const hosted = [placement({ virtualService: { name: 'keeps-ip', enabled: false } }), placement({ virtualService: { name: 'plain', enabled: true }, applicationProfile: httpProfile() })];
    const violations = checkServiceEngineGroupChange({ before: routedGroup(), after: routedGroup({ enable_routing: false }), environment: twoLegEnvironment, hosted });
    expect(violations.map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
    expect(violations[0]!.message).toContain('"keeps-ip"');
    expect(violations[0]!.message).not.toContain('"plain"');
    expect(violations[0]!.fields).toEqual(['enable_routing']);
  });

  it('allows turning IP routing off when no hosted virtual service preserves the client IP', () => {
    const hosted = [placement({ applicationProfile: httpProfile() })];
    expect(checkServiceEngineGroupChange({ before: routedGroup(), after: routedGroup({ enable_routing: false }), environment: twoLegEnvironment, hosted })).toEqual([]);
  });

  it('refuses enabling IP routing with unmet prerequisites', () => {
    const after = defaultGroup({ enable_routing: true });
    expect(checkServiceEngineGroupChange({ before: defaultGroup(), after, environment: twoLegEnvironment, hosted: [] }).map((v) => v.prerequisite)).toEqual([
      'ha-mode',
      'floating-ip',
    ]);
  });

  it('refuses removing the floating IP that is the gateway of a preserving virtual service\u2019s servers', () => {
    const after = routedGroup({ floating_intf_ip: [{ addr: '10.10.40.11', type: 'V4' }] });
    const violations = checkServiceEngineGroupChange({ before: routedGroup(), after, environment: twoLegEnvironment, hosted: [placement()] });
    expect(violations.map((v) => v.prerequisite)).toEqual(['backend-network-floating-ip']);
  });
});

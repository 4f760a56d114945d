import { describe, expect, it } from 'vitest';
import { checkApplicationProfile } from './application-profile-rules';
import { httpProfile, l4Profile, preservingHttpProfile } from './__fixtures__/facts';

const ruleIds = (profile: Parameters<typeof checkApplicationProfile>[0]) => checkApplicationProfile(profile).map((v) => v.rule);

describe('PCIP-MUX: Preserve Client IP and connection multiplexing', () => {
  it('allows Preserve Client IP once multiplexing is off', () => {
    expect(ruleIds(preservingHttpProfile())).toEqual([]);
  });

  it('refuses Preserve Client IP with multiplexing on, naming the profile and both fields', () => {
    const [violation, ...rest] = checkApplicationProfile(
      httpProfile({ preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: true } as never }),
    );
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      rule: 'PCIP-MUX',
      object: { type: 'applicationprofile', name: 'System-HTTP' },
      fields: ['preserve_client_ip', 'http_profile.connection_multiplexing_enabled'],
    });
    expect(violation!.message).toContain('"System-HTTP"');
    expect(violation!.message).toMatch(/Turn off Connection Multiplexing/);
    expect(violation!.remedies.map((r) => r.kind)).toEqual(['turn-off-multiplexing', 'turn-off-preserve-client-ip']);
  });

  it('treats a missing http_profile on an HTTP profile as multiplexing on (the API default)', () => {
    expect(ruleIds(httpProfile({ preserve_client_ip: true, http_profile: undefined }))).toEqual(['PCIP-MUX']);
  });

  it('allows multiplexing alone', () => {
    expect(ruleIds(httpProfile())).toEqual([]);
  });

  it('does not apply to non-HTTP profiles, which have no multiplexing', () => {
    expect(ruleIds(l4Profile({ preserve_client_ip: true }))).toEqual([]);
  });
});

describe('XFF-HTTP-ONLY: HTTP settings only on HTTP profiles', () => {
  it('allows X-Forwarded-For on an HTTP profile', () => {
    expect(ruleIds(httpProfile({ http_profile: { xff_enabled: true, xff_alternate_name: 'X-Client-IP' } as never }))).toEqual([]);
  });

  it.each(['APPLICATION_PROFILE_TYPE_L4', 'APPLICATION_PROFILE_TYPE_DNS', 'APPLICATION_PROFILE_TYPE_SSL', 'APPLICATION_PROFILE_TYPE_SYSLOG'] as const)(
    'refuses http_profile on a %s profile',
    (type) => {
      const [violation] = checkApplicationProfile(l4Profile({ type, http_profile: { xff_enabled: true } as never }));
      expect(violation).toMatchObject({ rule: 'XFF-HTTP-ONLY', fields: ['http_profile'] });
      expect(violation!.message).toMatch(/exist only for HTTP application profiles/);
    },
  );

  it('allows a non-HTTP profile without HTTP settings', () => {
    expect(ruleIds(l4Profile())).toEqual([]);
  });
});

describe('PROXY-L4-ONLY: PROXY protocol only on L4 profiles', () => {
  it('allows PROXY protocol on an L4 profile', () => {
    expect(ruleIds(l4Profile({ tcp_app_profile: { proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_2' } }))).toEqual([]);
  });

  it('refuses PROXY protocol on an HTTP profile', () => {
    const [violation] = checkApplicationProfile(
      httpProfile({ tcp_app_profile: { proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_1' } }),
    );
    expect(violation).toMatchObject({ rule: 'PROXY-L4-ONLY', fields: ['tcp_app_profile.proxy_protocol_enabled'] });
    expect(violation!.message).toMatch(/Turn off PROXY Protocol, or change the profile type to L4/);
  });

  it('allows a tcp_app_profile with PROXY protocol off on any type', () => {
    expect(ruleIds(httpProfile({ tcp_app_profile: { proxy_protocol_enabled: false, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_1' } }))).toEqual([]);
  });
});

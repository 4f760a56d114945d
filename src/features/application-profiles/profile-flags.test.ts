import { describe, expect, it } from 'vitest';
import { profileFlags } from './profile-flags';

describe('profile flags in the list', () => {
  it('shows HTTP settings for HTTP profiles, with the API defaults when http_profile is absent', () => {
    expect(profileFlags({ name: 'p', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: false } as never)).toEqual({
      type: 'HTTP',
      preserveClientIp: 'off',
      multiplexing: 'on',
      xff: 'on',
      proxyProtocol: 'n/a',
    });
  });

  it('shows PROXY protocol for L4 profiles only', () => {
    const l4 = { name: 'p', type: 'APPLICATION_PROFILE_TYPE_L4', preserve_client_ip: true, tcp_app_profile: { proxy_protocol_enabled: true } } as never;
    expect(profileFlags(l4)).toMatchObject({ preserveClientIp: 'on', multiplexing: 'n/a', xff: 'n/a', proxyProtocol: 'on' });
  });
});

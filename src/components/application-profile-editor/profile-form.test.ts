import { describe, expect, it } from 'vitest';
import { proxyProtocolProfile, systemHttp } from './__fixtures__/profiles';
import { newProfileBase, profileFormSchema, profileFromForm, profileToForm } from './profile-form';

describe('application profile ⇄ editor form', () => {
  it('sends back exactly what was loaded when nothing was edited (HTTP and L4)', () => {
    for (const profile of [systemHttp, proxyProtocolProfile]) {
      expect(profileFromForm(profileToForm(profile), profile)).toEqual(profile);
      expect(profileFormSchema.safeParse(profileToForm(profile)).success).toBe(true);
    }
  });

  it('the seed example: multiplexing off and Preserve Client IP on change just those two fields', () => {
    const values = profileToForm(systemHttp);
    values.http.connectionMultiplexing = false;
    values.preserveClientIp = true;
    expect(profileFromForm(values, systemHttp)).toEqual({
      ...systemHttp,
      preserve_client_ip: true,
      http_profile: { ...systemHttp.http_profile, connection_multiplexing_enabled: false },
    });
  });

  it('writes Preserve Client Port only together with Preserve Client IP', () => {
    const values = profileToForm(systemHttp);
    values.preserveClientPort = true;
    expect(profileFromForm(values, systemHttp)).toEqual(systemHttp);
    values.preserveClientIp = true;
    expect(profileFromForm(values, systemHttp)).toMatchObject({ preserve_client_ip: true, preserve_client_port: true });
  });

  it('changing the type removes the other type\u2019s settings', () => {
    const toL4 = profileToForm(systemHttp);
    toL4.type = 'APPLICATION_PROFILE_TYPE_L4';
    const l4 = profileFromForm(toL4, systemHttp);
    expect(l4.http_profile).toBeUndefined();
    expect(l4.tcp_app_profile).toEqual({ proxy_protocol_enabled: false, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_1' });
    expect(l4.dos_rl_profile).toEqual(systemHttp.dos_rl_profile);

    const toHttp = profileToForm(proxyProtocolProfile);
    toHttp.type = 'APPLICATION_PROFILE_TYPE_HTTP';
    const http = profileFromForm(toHttp, proxyProtocolProfile);
    expect(http.tcp_app_profile).toEqual({ ssl_client_certificate_mode: 'SSL_CLIENT_CERTIFICATE_NONE' });
    expect(http.type).toBe('APPLICATION_PROFILE_TYPE_HTTP');
  });

  it('a new profile sends only what differs from the API defaults', () => {
    const values = profileToForm(newProfileBase());
    values.name = 'HTTP-Client-IP';
    values.http.connectionMultiplexing = false;
    values.preserveClientIp = true;
    expect(profileFromForm(values, newProfileBase())).toEqual({
      name: 'HTTP-Client-IP',
      type: 'APPLICATION_PROFILE_TYPE_HTTP',
      preserve_client_ip: true,
      http_profile: { connection_multiplexing_enabled: false },
    });
  });

  it('a copy starts from the template without its identity', () => {
    const base = newProfileBase(systemHttp);
    expect(base).not.toHaveProperty('uuid');
    expect(base).not.toHaveProperty('_last_modified');
    const values = profileToForm(base);
    values.name = 'My-HTTP';
    expect(profileFromForm(values, base)).toMatchObject({ name: 'My-HTTP', http_profile: systemHttp.http_profile });
  });

  it('refuses bad numbers with a message naming the field', () => {
    const values = profileToForm(systemHttp);
    values.http.keepaliveTimeout = 'soon';
    const result = profileFormSchema.safeParse(values);
    expect(result.error?.issues[0]).toMatchObject({ path: ['http', 'keepaliveTimeout'], message: 'Keepalive timeout must be a whole number' });
  });
});

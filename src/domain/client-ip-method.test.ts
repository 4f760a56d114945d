import { describe, expect, it } from 'vitest';
import { summarizeClientIp } from './client-ip-method';

const http = (http_profile: object | undefined, preserve_client_ip = false) =>
  ({ type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip, http_profile }) as Parameters<typeof summarizeClientIp>[0];
const l4 = (proxy: boolean, preserve_client_ip = false) =>
  ({ type: 'APPLICATION_PROFILE_TYPE_L4', preserve_client_ip, tcp_app_profile: { proxy_protocol_enabled: proxy } }) as Parameters<typeof summarizeClientIp>[0];

describe('how a virtual service keeps the client IP', () => {
  it('names X-Forwarded-For and its header for HTTP profiles (on by default)', () => {
    expect(summarizeClientIp(http(undefined), undefined)).toMatchObject({ methods: ['x-forwarded-for'], lostBecause: undefined });
    expect(summarizeClientIp(http({ xff_enabled: true, xff_alternate_name: 'X-Real-IP' }), undefined).description).toContain('X-Real-IP');
  });

  it('names PROXY protocol for L4 profiles that enable it', () => {
    expect(summarizeClientIp(l4(true), undefined).methods).toEqual(['proxy-protocol']);
  });

  it('names Preserve Client IP alongside the others', () => {
    expect(summarizeClientIp(http({ xff_enabled: true, connection_multiplexing_enabled: false }, true), undefined).methods).toEqual([
      'preserve-client-ip',
      'x-forwarded-for',
    ]);
  });

  it('says the client IP is lost to SNAT when nothing passes it on', () => {
    expect(summarizeClientIp(l4(false), { snat_ip: [{ addr: '10.1.1.1', type: 'V4' }] })).toMatchObject({ methods: [], lostBecause: 'snat' });
    expect(summarizeClientIp(http({ xff_enabled: false }), { use_vip_as_snat: true }).lostBecause).toBe('snat');
  });

  it('says the Service Engine address is seen when nothing passes it on and there is no SNAT', () => {
    expect(summarizeClientIp(l4(false), {})).toMatchObject({ methods: [], lostBecause: 'no-method' });
  });
});

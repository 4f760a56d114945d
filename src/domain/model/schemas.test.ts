import { describe, expect, it } from 'vitest';
import { ApplicationProfileSchema, PoolSchema, ServiceEngineGroupSchema, VirtualServiceSchema } from './index';

describe('object schemas follow the 17.2 API', () => {
  it('fill the API defaults the controller fills', () => {
    const profile = ApplicationProfileSchema.parse({ name: 'p', type: 'APPLICATION_PROFILE_TYPE_HTTP', http_profile: {} });
    expect(profile.preserve_client_ip).toBe(false);
    expect(profile.http_profile?.connection_multiplexing_enabled).toBe(true);
    expect(profile.http_profile?.xff_enabled).toBe(true);
    expect(profile.http_profile?.xff_alternate_name).toBe('X-Forwarded-For');
    expect(ServiceEngineGroupSchema.parse({ name: 'g' })).toMatchObject({ ha_mode: 'HA_MODE_SHARED', enable_routing: false });
    expect(PoolSchema.parse({ name: 'p' })).toMatchObject({ default_server_port: 80, lb_algorithm: 'LB_ALGORITHM_LEAST_CONNECTIONS' });
    expect(VirtualServiceSchema.parse({ name: 'v' })).toMatchObject({ enabled: true, traffic_enabled: true, use_vip_as_snat: false });
  });

  it('keep fields they do not model, so nothing is lost on a round trip', () => {
    const parsed = VirtualServiceSchema.parse({ name: 'v', tls_ticket_key: [{ name: 'k' }], vip_runtime: [{ vip_id: '0' }] });
    expect(parsed).toMatchObject({ tls_ticket_key: [{ name: 'k' }], vip_runtime: [{ vip_id: '0' }] });
  });

  it('reject bad enums, out-of-range ports and bad IPs, naming the field', () => {
    const badEnum = ApplicationProfileSchema.safeParse({ name: 'p', type: 'HTTP' });
    expect(badEnum.success).toBe(false);
    expect(badEnum.error?.issues[0]?.path).toEqual(['type']);

    const badPort = VirtualServiceSchema.safeParse({ name: 'v', services: [{ port: 70000 }] });
    expect(badPort.error?.issues[0]?.path).toEqual(['services', 0, 'port']);

    const badIp = VirtualServiceSchema.safeParse({ name: 'v', snat_ip: [{ addr: '10.0.0.300', type: 'V4' }] });
    expect(badIp.error?.issues[0]?.path).toEqual(['snat_ip', 0, 'addr']);

    const badRange = VirtualServiceSchema.safeParse({ name: 'v', services: [{ port: 80, port_range_end: 70 }] });
    expect(badRange.error?.issues[0]?.path).toEqual(['services', 0, 'port_range_end']);
  });

  it('require the required fields', () => {
    expect(ApplicationProfileSchema.safeParse({ name: 'p' }).error?.issues[0]?.path).toEqual(['type']);
    expect(PoolSchema.safeParse({ servers: [] }).error?.issues[0]?.path).toEqual(['name']);
  });
});

describe('special values', () => {
  it('accept 0 where the API gives it a meaning, and refuse values between 0 and the minimum', () => {
    const rate = (count: number) => VirtualServiceSchema.safeParse({ name: 'v', connections_rate_limit: { count, action: {} } }).success;
    expect(rate(0)).toBe(true);
    expect(rate(10)).toBe(true);
    expect(rate(5)).toBe(false);
    expect(rate(2501)).toBe(false);
    expect(VirtualServiceSchema.safeParse({ name: 'v', max_cps_per_client: 0 }).success).toBe(true);
    expect(VirtualServiceSchema.safeParse({ name: 'v', max_cps_per_client: 9 }).success).toBe(false);
  });
});

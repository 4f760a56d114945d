import { describe, expect, it } from 'vitest';
import type { VrfContext } from '@/domain/model';
import { defaultRouteOf, nextRouteId, validateRoute, vrfWithDefaultGateway, vrfWithoutRoute, vrfWithRoute } from './static-routes';

const loaded = {
  uuid: 'vrfcontext-global',
  url: 'https://ctl/api/vrfcontext/vrfcontext-global',
  name: 'global',
  system_default: true,
  bgp_profile: { local_as: 65000 },
  static_routes: [
    { route_id: '1', prefix: { ip_addr: { addr: '0.0.0.0', type: 'V4' }, mask: 0 }, next_hop: { addr: '10.10.40.1', type: 'V4' }, if_name: 'eth1' },
    { route_id: '3', prefix: { ip_addr: { addr: '192.168.50.0', type: 'V4' }, mask: 24 }, next_hop: { addr: '10.10.10.1', type: 'V4' } },
  ],
  _last_modified: '1',
} as unknown as VrfContext;

describe('static route edits keep the VRF as loaded', () => {
  it('replacing a route with the same values sends back exactly what was loaded', () => {
    expect(vrfWithRoute(loaded, { prefix: '0.0.0.0/0', nextHop: '10.10.40.1' }, '1')).toEqual(loaded);
    expect(vrfWithDefaultGateway(loaded, '10.10.40.1')).toEqual(loaded);
  });

  it('changes the default gateway only, keeping the route\u2019s other fields', () => {
    const next = vrfWithDefaultGateway(loaded, '10.10.40.254');
    expect(next.static_routes![0]).toEqual({ ...loaded.static_routes![0], next_hop: { addr: '10.10.40.254', type: 'V4' } });
    expect(next.static_routes![1]).toEqual(loaded.static_routes![1]);
    expect((next as unknown as { bgp_profile: unknown }).bgp_profile).toEqual({ local_as: 65000 });
  });

  it('adds the default route when there is none, with a free route id', () => {
    const without = vrfWithoutRoute(loaded, '1');
    expect(defaultRouteOf(without)).toBeUndefined();
    const next = vrfWithDefaultGateway(without, '10.10.40.1');
    expect(defaultRouteOf(next)).toMatchObject({ route_id: '1', next_hop: { addr: '10.10.40.1' } });
  });

  it('numbers new routes with the lowest free id', () => {
    expect(nextRouteId(loaded.static_routes!)).toBe('2');
    expect(vrfWithRoute(loaded, { prefix: '172.16.0.0/16', nextHop: '10.10.10.1' }).static_routes!.at(-1)).toEqual({
      route_id: '2',
      prefix: { ip_addr: { addr: '172.16.0.0', type: 'V4' }, mask: 16 },
      next_hop: { addr: '10.10.10.1', type: 'V4' },
    });
  });
});

describe('route validation', () => {
  const routes = loaded.static_routes!;
  it('accepts a good route', () => {
    expect(validateRoute({ prefix: '172.16.0.0/16', nextHop: '10.10.10.1' }, routes)).toEqual({});
  });

  it('explains bad prefixes and next hops', () => {
    expect(validateRoute({ prefix: '', nextHop: '' }, routes)).toMatchObject({ prefix: expect.stringMatching(/CIDR/), nextHop: expect.stringMatching(/next hop/) });
    expect(validateRoute({ prefix: '10.1.2.3', nextHop: 'router' }, routes)).toMatchObject({
      prefix: expect.stringMatching(/not an IPv4 network/),
      nextHop: expect.stringMatching(/"router" is not an IPv4 address/),
    });
    expect(validateRoute({ prefix: '10.10.10.5/24', nextHop: '10.10.10.1' }, routes).prefix).toMatch(/host bits set: the network is 10.10.10.0\/24/);
  });

  it('refuses a second route to the same network, except the one being edited', () => {
    expect(validateRoute({ prefix: '192.168.50.0/24', nextHop: '10.10.10.2' }, routes).prefix).toMatch(/already exists/);
    expect(validateRoute({ prefix: '192.168.50.0/24', nextHop: '10.10.10.2' }, routes, '3')).toEqual({});
  });
});

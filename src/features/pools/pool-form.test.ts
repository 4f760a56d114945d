import { describe, expect, it } from 'vitest';
import type { Pool } from '@/domain/model';
import { formFromPool, hasPoolErrors, newPoolFromForm, poolWithForm, validatePoolForm } from './pool-form';

const loaded = {
  url: 'https://ctl/api/pool/pool-1',
  uuid: 'pool-1',
  name: 'web-pool',
  enabled: true,
  default_server_port: 80,
  lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN',
  health_monitor_refs: ['https://ctl/api/healthmonitor/hm-1'],
  servers: [
    { ip: { addr: '10.10.10.21', type: 'V4' }, port: 80, enabled: true, ratio: 1, hostname: 'web1', discovered_networks: [{ x: 1 }] },
    { ip: { addr: '10.10.10.22', type: 'V4' }, enabled: false, ratio: 2 },
  ],
  _last_modified: '5',
  placement_networks: [{ network_ref: '/api/network/n1', subnet: { ip_addr: { addr: '10.10.10.0', type: 'V4' }, mask: 24 } }],
} as unknown as Pool;

describe('pool editor: the PUT body', () => {
  it('is exactly the loaded pool when nothing was changed', () => {
    expect(poolWithForm(loaded, formFromPool(loaded))).toEqual(loaded);
  });

  it('keeps each server\u2019s hidden fields when only another field changes', () => {
    const form = formFromPool(loaded);
    form.servers[0]!.enabled = false;
    form.servers[1]!.port = '8080';
    const next = poolWithForm(loaded, form);
    expect(next.servers![0]).toEqual({ ...loaded.servers![0], enabled: false });
    expect(next.servers![1]).toEqual({ ...loaded.servers![1], port: 8080 });
    expect(next.health_monitor_refs).toEqual(loaded.health_monitor_refs);
  });

  it('adds and removes servers', () => {
    const form = formFromPool(loaded);
    form.servers = [form.servers[1]!, { ip: '10.10.10.23', port: '', enabled: true }];
    expect(poolWithForm(loaded, form).servers).toEqual([loaded.servers![1], { ip: { addr: '10.10.10.23', type: 'V4' }, enabled: true }]);
  });

  it('creates a pool from the form', () => {
    const pool = newPoolFromForm({ name: ' api-pool ', defaultServerPort: '8080', enabled: true, servers: [{ ip: '10.10.10.50', port: '', enabled: true }] });
    expect(pool).toEqual({ name: 'api-pool', default_server_port: 8080, enabled: true, servers: [{ ip: { addr: '10.10.10.50', type: 'V4' }, enabled: true }] });
  });
});

describe('pool validation', () => {
  it('explains bad addresses, ports and duplicates', () => {
    const errors = validatePoolForm({
      name: '',
      defaultServerPort: '0',
      enabled: true,
      servers: [
        { ip: '10.10.10.300', port: '', enabled: true },
        { ip: '10.10.10.21', port: '70000', enabled: true },
        { ip: '10.10.10.21', port: '80', enabled: true },
        { ip: '10.10.10.21', port: '80', enabled: true },
      ],
    });
    expect(errors.name).toBe('Enter a name.');
    expect(errors.defaultServerPort).toMatch(/"0" is not a port/);
    expect(errors.servers[0]!.ip).toMatch(/"10.10.10.300" is not an IP address/);
    expect(errors.servers[1]!.port).toMatch(/"70000" is not a port/);
    expect(errors.servers[2]).toEqual({});
    expect(errors.servers[3]!.ip).toMatch(/10.10.10.21:80 is listed twice/);
    expect(hasPoolErrors(errors)).toBe(true);
  });

  it('accepts the loaded pool', () => {
    expect(hasPoolErrors(validatePoolForm(formFromPool(loaded)))).toBe(false);
  });
});

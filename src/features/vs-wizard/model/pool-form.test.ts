import { describe, expect, it } from 'vitest';
import { webPool } from './__fixtures__/objects';
import { poolChanged, poolFromForm, poolToForm } from './pool-form';

describe('pool ⇄ form', () => {
  it('sends back exactly what was loaded when nothing was edited', () => {
    expect(poolFromForm(poolToForm(webPool), webPool)).toEqual(webPool);
    expect(poolChanged(poolToForm(webPool), webPool)).toBe(false);
  });

  it('changes one server and keeps the fields the form does not show', () => {
    const values = poolToForm(webPool);
    values.servers[1]!.enabled = true;
    const body = poolFromForm(values, webPool);
    expect(body).toEqual({ ...webPool, servers: [webPool.servers![0], { ...webPool.servers![1], enabled: true }] });
  });

  it('adds and removes servers; a new address loses the old hostname', () => {
    const values = poolToForm(webPool);
    values.servers[1]!.ip = '10.10.10.29';
    values.servers.push({ ip: '10.10.10.30', port: '', enabled: true });
    const body = poolFromForm(values, webPool);
    const { hostname: _hostname, ...secondWithoutHostname } = webPool.servers![1]!;
    expect(body.servers).toEqual([webPool.servers![0], { ...secondWithoutHostname, ip: { addr: '10.10.10.29', type: 'V4' } }, { ip: { addr: '10.10.10.30', type: 'V4' } }]);
    expect({ ...body, servers: undefined }).toEqual({ ...webPool, servers: undefined });
  });

  it('creates a new pool from the form alone', () => {
    const body = poolFromForm({ name: 'app2-pool', defaultServerPort: '8080', lbAlgorithm: 'LB_ALGORITHM_LEAST_CONNECTIONS', servers: [{ ip: '10.10.10.31', port: '8080', enabled: true }, { ip: '10.10.10.32', port: '', enabled: false }] });
    expect(body).toEqual({
      name: 'app2-pool',
      default_server_port: 8080,
      lb_algorithm: 'LB_ALGORITHM_LEAST_CONNECTIONS',
      servers: [{ ip: { addr: '10.10.10.31', type: 'V4' }, port: 8080 }, { ip: { addr: '10.10.10.32', type: 'V4' }, enabled: false }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { backEndNetworks } from './back-end-networks';

const subnet = (addr: string, mask: number) => ({ prefix: { ip_addr: { addr, type: 'V4' as const }, mask } });
const networks = [
  { name: 'Backend-Net', configured_subnets: [subnet('10.10.10.0', 24)] },
  { name: 'Frontend-Net', configured_subnets: [subnet('10.10.40.0', 24)] },
  { name: 'Empty-Net' },
] as never[];

describe('back-end networks', () => {
  it('marks networks holding pool servers, naming the pools once each', () => {
    const pools = [
      { name: 'web-pool', servers: [{ ip: { addr: '10.10.10.21', type: 'V4' } }, { ip: { addr: '10.10.10.22', type: 'V4' } }] },
      { name: 'legacy-pool', servers: [{ ip: { addr: '192.168.50.10', type: 'V4' } }] },
    ] as never[];
    const found = backEndNetworks(networks, [], pools);
    expect([...found.keys()]).toEqual(['Backend-Net']);
    expect(found.get('Backend-Net')).toEqual({ floatingIps: [], pools: ['web-pool'] });
  });

  it('marks networks holding SE floating IPs', () => {
    const groups = [{ name: 'Routed-Group', floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }, { addr: '10.10.40.11', type: 'V4' }] }] as never[];
    const found = backEndNetworks(networks, groups, []);
    expect(found.get('Backend-Net')!.floatingIps).toEqual(['floating IP 10.10.10.11 of Routed-Group']);
    expect(found.get('Frontend-Net')!.floatingIps).toEqual(['floating IP 10.10.40.11 of Routed-Group']);
  });
});

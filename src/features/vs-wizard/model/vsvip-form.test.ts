import { describe, expect, it } from 'vitest';
import { webVip } from './__fixtures__/objects';
import { vsVipChanged, vsVipFromForm, vsVipNameFor, vsVipToForm } from './vsvip-form';

describe('VS VIP ⇄ form', () => {
  it('sends back exactly what was loaded when nothing was edited', () => {
    expect(vsVipFromForm(vsVipToForm(webVip), webVip, webVip.name)).toEqual(webVip);
    expect(vsVipChanged(vsVipToForm(webVip), webVip)).toBe(false);
  });

  it('changes the first VIP address only, keeping its id and the other VIPs', () => {
    const body = vsVipFromForm({ mode: 'address', address: '10.10.40.110', networkRef: '' }, webVip, webVip.name);
    expect(body).toEqual({ ...webVip, vip: [{ ...webVip.vip![0], ip_address: { addr: '10.10.40.110', type: 'V4' } }, webVip.vip![1]] });
  });

  it('switches to auto-allocation from a network', () => {
    const body = vsVipFromForm({ mode: 'auto', address: '', networkRef: '/api/network/network-fe' }, webVip, webVip.name);
    expect(body.vip![0]).toMatchObject({ vip_id: '0', auto_allocate_ip: true, ipam_network_subnet: { network_ref: '/api/network/network-fe' } });
    expect(body.vip![0]!.ip_address).toBeUndefined();
    expect(vsVipToForm(body)).toEqual({ mode: 'auto', address: '', networkRef: '/api/network/network-fe' });
  });

  it('names a new VsVip after its virtual service', () => {
    expect(vsVipFromForm({ mode: 'address', address: '10.10.40.120', networkRef: '' }, undefined, vsVipNameFor(' shop '))).toEqual({
      name: 'shop-VsVip',
      vip: [{ vip_id: '0', ip_address: { addr: '10.10.40.120', type: 'V4' } }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { VsVip } from '@/domain/model';
import { formFromVsVip, nextVipId, validateVsVipForm, vsVipWithForm } from './vsvip-form';

const loaded = {
  uuid: 'vsvip-1',
  url: 'https://ctl/api/vsvip/vsvip-1',
  name: 'web-vip',
  vrf_context_ref: 'https://ctl/api/vrfcontext/vrf-1',
  dns_info: [{ fqdn: 'www.example.com' }],
  vip: [
    { vip_id: '0', ip_address: { addr: '10.10.40.100', type: 'V4' }, enabled: true, avi_allocated_vip: false, discovered_networks: [{ n: 1 }] },
    { vip_id: '1', auto_allocate_ip: true, ipam_network_subnet: { network_ref: '/api/network/n' } },
  ],
  _last_modified: '7',
} as unknown as VsVip;

describe('VS VIP editor: the PUT body', () => {
  it('is exactly the loaded VS VIP when nothing was changed', () => {
    expect(vsVipWithForm(loaded, formFromVsVip(loaded))).toEqual(loaded);
  });

  it('changes the address only, keeping the entry\u2019s other fields and the other entries', () => {
    const form = formFromVsVip(loaded);
    form.vips[0]!.address = '10.10.40.110';
    const next = vsVipWithForm(loaded, form);
    expect(next.vip![0]).toEqual({ ...loaded.vip![0], ip_address: { addr: '10.10.40.110', type: 'V4' } });
    expect(next.vip![1]).toEqual(loaded.vip![1]);
    expect(next.dns_info).toEqual(loaded.dns_info);
  });

  it('adds a VIP with the next free id', () => {
    const form = formFromVsVip(loaded);
    form.vips.push({ vipId: nextVipId(form.vips), address: '10.10.40.111', enabled: true, autoAllocated: false });
    expect(vsVipWithForm(loaded, form).vip!.at(-1)).toEqual({ vip_id: '2', ip_address: { addr: '10.10.40.111', type: 'V4' }, enabled: true });
  });
});

describe('VIP validation', () => {
  it('explains bad and duplicate addresses, and leaves auto-allocated ones alone', () => {
    const form = formFromVsVip(loaded);
    form.vips.push({ vipId: '2', address: '10.10.40.100', enabled: true, autoAllocated: false });
    form.vips.push({ vipId: '3', address: 'web', enabled: true, autoAllocated: false });
    expect(validateVsVipForm(form)).toEqual([undefined, undefined, '10.10.40.100 is listed twice.', '"web" is not an IPv4 address, for example 10.10.40.100.']);
  });
});

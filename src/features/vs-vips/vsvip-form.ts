import { withEdits } from '@/components/forms/apply-edits';
import type { Vip, VsVip } from '@/domain/model';
import { isIpv4 } from '@/domain/net/ipv4';

export interface VipRow {
  /** Fixed once created (the controller refuses to change it). */
  vipId: string;
  address: string;
  enabled: boolean;
  /** Auto-allocated by IPAM: the address is the controller's to choose. */
  autoAllocated: boolean;
  original?: number;
}

export interface VsVipForm {
  vips: VipRow[];
}

export function formFromVsVip(vsVip: VsVip): VsVipForm {
  return {
    vips: (vsVip.vip ?? []).map((vip, index) => ({
      vipId: vip.vip_id,
      address: vip.ip_address?.addr ?? '',
      enabled: vip.enabled ?? true,
      autoAllocated: vip.auto_allocate_ip ?? false,
      original: index,
    })),
  };
}

export function validateVsVipForm(form: VsVipForm): (string | undefined)[] {
  const seen = new Set<string>();
  return form.vips.map((row) => {
    if (row.autoAllocated) return undefined;
    const address = row.address.trim();
    if (!address) return 'Enter the VIP address, for example 10.10.40.100.';
    if (!isIpv4(address)) return `"${address}" is not an IPv4 address, for example 10.10.40.100.`;
    if (seen.has(address)) return `${address} is listed twice.`;
    seen.add(address);
    return undefined;
  });
}

export function nextVipId(rows: readonly VipRow[]): string {
  const used = new Set(rows.map((r) => r.vipId));
  let id = 0;
  while (used.has(String(id))) id += 1;
  return String(id);
}

function vipFromRow(row: VipRow, loaded: readonly Vip[]): Vip {
  const base = row.original === undefined ? undefined : loaded[row.original];
  if (!base) return { vip_id: row.vipId, ip_address: { addr: row.address.trim(), type: 'V4' }, enabled: row.enabled } as Vip;
  const vip = structuredClone(base);
  if (!row.autoAllocated && row.address.trim() !== (base.ip_address?.addr ?? '')) vip.ip_address = { ...base.ip_address, addr: row.address.trim(), type: 'V4' };
  if (row.enabled !== (base.enabled ?? true)) vip.enabled = row.enabled;
  return vip;
}

/** The VS VIP to PUT: as loaded, with the edited VIP entries (their other fields kept). */
export function vsVipWithForm(loaded: VsVip, form: VsVipForm): VsVip {
  const shown = formFromVsVip(loaded);
  const unchanged = JSON.stringify(form.vips) === JSON.stringify(shown.vips);
  const vips = unchanged ? loaded.vip : form.vips.map((row) => vipFromRow(row, loaded.vip ?? []));
  return withEdits(loaded, { vip: vips }, { vip: loaded.vip });
}

import type { Vip, VsVip } from '@/domain/model';
import { applyFieldEdits, jsonEqual, type FieldValues } from '@/components/object-form/field-edits';
import { keepLoadedRef } from './ref-values';
import type { VipValues } from './wizard-schema';

/** The VsVip a new virtual service gets: `<vs-name>-VsVip`, the name the vendor UI uses. */
export function vsVipNameFor(virtualServiceName: string): string {
  return `${virtualServiceName.trim()}-VsVip`;
}

/** What the form shows for a VsVip: its first VIP, a static IPv4 address or auto-allocation. */
export function vsVipToForm(vsVip: Partial<VsVip> | undefined): VipValues {
  const vip = vsVip?.vip?.[0];
  if (vip?.auto_allocate_ip) {
    return { mode: 'auto', address: vip.ip_address?.addr ?? '', networkRef: vip.ipam_network_subnet?.network_ref ?? vip.network_ref ?? '' };
  }
  return { mode: 'address', address: vip?.ip_address?.addr ?? '', networkRef: '' };
}

function vipFromForm(values: VipValues, loaded: Vip | undefined): Vip {
  if (loaded && jsonEqual(vsVipToForm({ vip: [loaded] }), values)) return loaded;
  const vip = structuredClone(loaded ?? ({ vip_id: '0' } as Vip)) as Vip & Record<string, unknown>;
  if (values.mode === 'address') {
    vip.ip_address = { addr: values.address.trim(), type: 'V4' };
    if (vip.auto_allocate_ip) vip.auto_allocate_ip = false;
    delete vip.ipam_network_subnet;
  } else {
    vip.auto_allocate_ip = true;
    delete vip.ip_address;
    const networkRef = keepLoadedRef(values.networkRef, vip.ipam_network_subnet?.network_ref);
    vip.ipam_network_subnet = { ...(vip.ipam_network_subnet ?? {}), network_ref: networkRef };
  }
  return vip;
}

export function vsVipFormFields(values: VipValues, loaded: Partial<VsVip> | undefined): FieldValues {
  const rest = loaded?.vip?.slice(1) ?? [];
  return { vip: [vipFromForm(values, loaded?.vip?.[0]), ...rest] };
}

/** The request body: a new VsVip named after the virtual service, or the loaded one with the VIP edited. */
export function vsVipFromForm(values: VipValues, loaded: VsVip | undefined, name: string): VsVip {
  if (!loaded) return { name, vip: vsVipFormFields(values, undefined).vip } as VsVip;
  return applyFieldEdits(loaded, vsVipFormFields(vsVipToForm(loaded), loaded), vsVipFormFields(values, loaded));
}

export function vsVipChanged(values: VipValues, loaded: VsVip): boolean {
  return !jsonEqual(vsVipFromForm(values, loaded, loaded.name), loaded);
}

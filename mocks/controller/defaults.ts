import type { ObjectType } from '@/domain/model/object-types';
import { GLOBAL_VRF_NAME } from '@/domain/model/vrf-context';
import { canonicalRef, findVisibleByName } from './refs';
import { ADMIN_TENANT, type Store } from './store';
import { isPlainObject, type JsonObject, type StoredRecord } from './types';

/** Names of the objects a controller creates for itself; they cannot be deleted or renamed. */
export const DEFAULT_CLOUD = 'Default-Cloud';
export const DEFAULT_SE_GROUP = 'Default-Group';
const SYSTEM_NAMES: Partial<Record<ObjectType, readonly string[]>> = {
  tenant: ['admin'],
  cloud: [DEFAULT_CLOUD],
  serviceenginegroup: [DEFAULT_SE_GROUP],
  vrfcontext: [GLOBAL_VRF_NAME, 'management'],
};

export function isSystemDefault(record: StoredRecord): boolean {
  if (record.tenant !== ADMIN_TENANT) return false;
  const name = String(record.data.name ?? '');
  return name.startsWith('System-') || (SYSTEM_NAMES[record.type]?.includes(name) ?? false);
}

/** Default object references the controller fills in when a write leaves them out. */
export const vsDefaultRefs = {
  application_profile_ref: ['applicationprofile', 'System-HTTP'],
  network_profile_ref: ['networkprofile', 'System-TCP-Proxy'],
  analytics_profile_ref: ['analyticsprofile', 'System-Analytics-Profile'],
} as const satisfies Record<string, readonly [ObjectType, string]>;

function refByName(store: Store, tenant: string, type: ObjectType, name: string): string | undefined {
  const record = findVisibleByName(store, type, tenant, name);
  return record ? canonicalRef(type, record.uuid) : undefined;
}

function uuidOf(ref: unknown): string | undefined {
  return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : undefined;
}

export function defaultCloudRef(store: Store, tenant: string): string | undefined {
  return refByName(store, tenant, 'cloud', DEFAULT_CLOUD);
}

/** The cloud's `global` VRF. */
export function globalVrfRef(store: Store, tenant: string, cloudRef: string | undefined): string | undefined {
  const vrf = findVisibleByName(store, 'vrfcontext', tenant, GLOBAL_VRF_NAME);
  if (!vrf) return undefined;
  const vrfCloud = vrf.data.cloud_ref ?? defaultCloudRef(store, tenant);
  return cloudRef === undefined || vrfCloud === cloudRef ? canonicalRef('vrfcontext', vrf.uuid) : undefined;
}

/** The cloud's default SE group (`Default-Group`). */
export function defaultSeGroupRef(store: Store, tenant: string, cloudRef: string | undefined): string | undefined {
  const group = findVisibleByName(store, 'serviceenginegroup', tenant, DEFAULT_SE_GROUP);
  if (!group) return undefined;
  const groupCloud = group.data.cloud_ref ?? defaultCloudRef(store, tenant);
  return cloudRef === undefined || groupCloud === cloudRef ? canonicalRef('serviceenginegroup', group.uuid) : undefined;
}

function setIfMissing(data: JsonObject, key: string, value: string | undefined): void {
  if (data[key] === undefined && value !== undefined) data[key] = value;
}

/** `cloud_ref` first: later defaults (VRF, SE group, the VS's VsVip) depend on it. */
export function applyCloudDefault(store: Store, tenant: string, type: ObjectType, data: JsonObject): void {
  if (['virtualservice', 'pool', 'vsvip', 'network', 'serviceenginegroup', 'vrfcontext'].includes(type)) {
    setIfMissing(data, 'cloud_ref', defaultCloudRef(store, tenant));
  }
}

/** Server-side defaults a real controller fills in on create and on replace, after `applyCloudDefault`. */
export function applyDefaults(store: Store, tenant: string, type: ObjectType, data: JsonObject): void {
  const cloudRef = typeof data.cloud_ref === 'string' ? data.cloud_ref : undefined;
  switch (type) {
    case 'virtualservice': {
      const cloud = cloudRef ? store.get(uuidOf(cloudRef)!) : undefined;
      if (cloud && typeof cloud.data.vtype === 'string') data.cloud_type = cloud.data.vtype;
      setIfMissing(data, 'se_group_ref', defaultSeGroupRef(store, tenant, cloudRef));
      const vsVip = typeof data.vsvip_ref === 'string' ? store.get(uuidOf(data.vsvip_ref)!) : undefined;
      const vipVrf = vsVip?.data.vrf_context_ref;
      setIfMissing(data, 'vrf_context_ref', typeof vipVrf === 'string' ? vipVrf : globalVrfRef(store, tenant, cloudRef));
      for (const [key, [refType, name]] of Object.entries(vsDefaultRefs)) setIfMissing(data, key, refByName(store, tenant, refType, name));
      if (Array.isArray(data.services)) {
        for (const service of data.services) {
          if (isPlainObject(service) && typeof service.port === 'number' && !service.port_range_end) service.port_range_end = service.port;
        }
      }
      break;
    }
    case 'pool':
      setIfMissing(data, 'vrf_ref', globalVrfRef(store, tenant, cloudRef));
      if (Array.isArray(data.servers)) {
        for (const server of data.servers) {
          if (isPlainObject(server) && server.hostname === undefined && isPlainObject(server.ip) && typeof server.ip.addr === 'string') {
            server.hostname = server.ip.addr;
          }
        }
      }
      break;
    case 'vsvip':
    case 'network':
      setIfMissing(data, 'vrf_context_ref', globalVrfRef(store, tenant, cloudRef));
      break;
    default:
      break;
  }
}

/** Vip entries without `vip_id` get "0", "1", ... like the controller assigns them. Runs before validation. */
export function fillVipIds(body: JsonObject): void {
  if (!Array.isArray(body.vip)) return;
  const used = new Set(body.vip.filter(isPlainObject).map((v) => v.vip_id).filter((id) => typeof id === 'string'));
  let next = 0;
  for (const vip of body.vip) {
    if (!isPlainObject(vip) || vip.vip_id !== undefined) continue;
    while (used.has(String(next))) next += 1;
    vip.vip_id = String(next);
    used.add(String(next));
  }
}

import { HttpError, isPlainObject, type JsonObject } from './types';

export type PatchOperation = 'add' | 'replace' | 'delete';

/** How list entries are matched for `add` (merge) and `delete` (remove), by field name. */
const NATURAL_KEYS: Record<string, (entry: JsonObject) => string | undefined> = {
  servers: (s) => (isPlainObject(s.ip) ? String(s.ip.addr) : undefined),
  static_routes: (r) => (r.route_id === undefined ? undefined : String(r.route_id)),
  vip: (v) => (v.vip_id === undefined ? undefined : String(v.vip_id)),
  services: (s) => (s.port === undefined ? undefined : String(s.port)),
  http_policies: (p) => (p.index === undefined ? undefined : String(p.index)),
  configured_subnets: (s) => (isPlainObject(s.prefix) && isPlainObject(s.prefix.ip_addr) ? `${String(s.prefix.ip_addr.addr)}/${String(s.prefix.mask)}` : undefined),
};

/** Pool servers are matched by ip and port; an entry without a port matches the ip on any port. */
function sameEntry(field: string, existing: unknown, given: unknown, sameRef: (a: string, b: string) => boolean): boolean {
  if (typeof existing === 'string' && typeof given === 'string') return existing === given || sameRef(existing, given);
  if (isPlainObject(existing) && isPlainObject(given)) {
    const key = NATURAL_KEYS[field];
    const a = key?.(existing);
    const b = key?.(given);
    if (a !== undefined && b !== undefined) {
      if (a !== b) return false;
      if (field === 'servers' && given.port !== undefined) return (existing.port ?? 0) === given.port;
      return true;
    }
    // IpAddr lists (snat_ip, floating_intf_ip): by address.
    if (typeof given.addr === 'string' && typeof existing.addr === 'string') return existing.addr === given.addr;
  }
  return JSON.stringify(existing) === JSON.stringify(given);
}

/**
 * Applies a PATCH body (exactly one of `add`, `replace`, `delete`) to a copy of the stored object, with the
 * controller's semantics: scalars are set (`add` = `replace`) or reset to their default (`delete`); lists are
 * appended to / merged by natural key (`add`), swapped (`replace`) or have the listed entries removed
 * (`delete`); one level of nested objects is merged (`add`) or has the listed sub-fields removed (`delete`).
 */
export function applyPatch(existing: Readonly<JsonObject>, body: JsonObject, sameRef: (a: string, b: string) => boolean): JsonObject {
  const ops = Object.keys(body);
  if (ops.length !== 1 || !['add', 'replace', 'delete'].includes(ops[0]!)) {
    throw new HttpError(400, 'A PATCH body must have exactly one of "add", "replace" or "delete", whose value is an object of fields.');
  }
  const op = ops[0] as PatchOperation;
  const changes = body[op];
  if (!isPlainObject(changes)) throw new HttpError(400, `The value of "${op}" must be an object of fields.`);
  const result: JsonObject = structuredClone(existing) as JsonObject;
  for (const [field, value] of Object.entries(changes)) {
    const current = result[field];
    if (op === 'replace') {
      result[field] = value;
    } else if (op === 'add') {
      if (Array.isArray(value)) {
        const list = Array.isArray(current) ? [...current] : [];
        for (const entry of value) {
          const at = list.findIndex((e) => sameEntry(field, e, entry, sameRef));
          if (at < 0) list.push(entry);
          else if (isPlainObject(list[at]) && isPlainObject(entry)) list[at] = { ...list[at], ...entry };
        }
        result[field] = list;
      } else if (isPlainObject(value) && isPlainObject(current)) {
        result[field] = { ...current, ...value };
      } else {
        result[field] = value;
      }
    } else if (Array.isArray(value)) {
      if (Array.isArray(current)) {
        const list = current.filter((e) => !value.some((entry) => sameEntry(field, e, entry, sameRef)));
        if (list.length > 0) result[field] = list;
        else delete result[field];
      }
    } else if (isPlainObject(value) && isPlainObject(current)) {
      const sub = { ...current };
      for (const key of Object.keys(value)) delete sub[key];
      result[field] = sub;
    } else {
      delete result[field];
    }
  }
  return result;
}

import { objectTypeFacts } from '@/domain/model/object-type-facts';
import { isObjectType, type ObjectType } from '@/domain/model/object-type-names';
import { parseRef, type ParsedRef } from '@/domain/model/refs';
import { ADMIN_TENANT, type Store } from './store';
import { HttpError, isPlainObject, type JsonObject, type StoredRecord } from './types';

/** Canonical stored form of a reference. */
export function canonicalRef(type: ObjectType, uuid: string): string {
  return `/api/${type}/${uuid}`;
}

/** Whether a tenant can see an object: its own, or one shared from tenant admin. */
export function isVisible(record: StoredRecord, tenant: string): boolean {
  return record.tenant === tenant || (record.tenant === ADMIN_TENANT && objectTypeFacts[record.type].sharedFromAdmin);
}

/** Finds an object by name as a tenant sees it: its own first, then admin's shared one. */
export function findVisibleByName(store: Store, type: ObjectType, tenant: string, name: string): StoredRecord | undefined {
  const own = store.findByName(type, tenant, name);
  if (own) return own;
  if (tenant !== ADMIN_TENANT && objectTypeFacts[type].sharedFromAdmin) return store.findByName(type, ADMIN_TENANT, name);
  return undefined;
}

export function findTenantByName(store: Store, name: string): StoredRecord | undefined {
  return store.findByName('tenant', ADMIN_TENANT, name);
}

const declaredCache = new Map<ObjectType, Map<string, ObjectType>>();
/** The declared reference fields of a type, by normalised path (`services[].override_network_profile_ref`). */
function declaredRefs(type: ObjectType): Map<string, ObjectType> {
  let map = declaredCache.get(type);
  if (!map) {
    map = new Map(objectTypeFacts[type].refs.map((r) => [r.path, r.target]));
    declaredCache.set(type, map);
  }
  return map;
}

function safeParseRef(raw: string): ParsedRef | undefined {
  try {
    return parseRef(raw);
  } catch {
    return undefined;
  }
}

const API_TYPE = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+)?\/api\/([^/?#]+)/i;

/**
 * Resolves one reference as the controller does: `/api/<type>/<uuid>`, the absolute URL (any host, with or
 * without `#name`), or `/api/<type>?name=<name>[&tenant=<tenant>]`. Returns the canonical form.
 */
export function resolveRef(store: Store, tenant: string, raw: string, field: string, expected: ObjectType | undefined): string {
  const parsed = safeParseRef(raw);
  if (!parsed) {
    const typeMatch = API_TYPE.exec(raw.trim());
    if (typeMatch && !isObjectType(typeMatch[1]!.toLowerCase())) {
      throw new HttpError(400, `Field "${field}" refers to an object type this controller does not serve: ${clip(raw)}.`);
    }
    const target = expected ?? '<type>';
    throw new HttpError(
      400,
      `Field "${field}" has an invalid reference ${JSON.stringify(clip(raw))}: use /api/${target}/<uuid>, its absolute URL, or /api/${target}?name=<name>.`,
    );
  }
  if (expected && parsed.type !== expected) {
    throw new HttpError(
      400,
      `Field "${field}" must refer to a ${objectTypeFacts[expected].model} object, not a ${objectTypeFacts[parsed.type].model} (${clip(raw)}).`,
    );
  }
  const type = parsed.type;
  let record: StoredRecord | undefined;
  if (parsed.kind === 'uuid') {
    const found = store.get(parsed.uuid);
    if (found && found.type === type && isVisible(found, tenant)) record = found;
  } else if (parsed.tenant !== undefined) {
    const owner = findTenantByName(store, parsed.tenant);
    if (owner && (owner.uuid === tenant || owner.uuid === ADMIN_TENANT)) {
      const found = store.findByName(type, owner.uuid, parsed.name);
      if (found && isVisible(found, tenant)) record = found;
    }
  } else {
    record = findVisibleByName(store, type, tenant, parsed.name);
  }
  if (!record) {
    throw new HttpError(400, `${objectTypeFacts[type].model} object not found: ${clip(raw)} (field ${field}).`);
  }
  return canonicalRef(type, record.uuid);
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/**
 * Rewrites, in place, every reference in a parsed object to its canonical form, validating that each
 * points at an existing object of the declared type that the tenant can see. `tenant_ref` is left to the
 * caller. Unknown `*_ref` fields that point at object types the mock does not serve are kept as sent.
 */
export function canonicalizeRefs(store: Store, tenant: string, type: ObjectType, object: JsonObject): void {
  const declared = declaredRefs(type);
  // `path` is normalised for the declared-ref lookup (`services[].x_ref`), `shown` names the field for
  // messages (`services.1.x_ref`).
  const visit = (parent: JsonObject, path: string, shown: string, top: boolean): void => {
    for (const [key, value] of Object.entries(parent)) {
      if (top && key === 'tenant_ref') continue;
      const fieldPath = `${path}${key}`;
      const fieldShown = `${shown}${key}`;
      if (typeof value === 'string' && (key.endsWith('_ref') || declared.has(fieldPath))) {
        const target = declared.get(fieldPath);
        if (target || isKnownTypeRef(value)) parent[key] = resolveRef(store, tenant, value, fieldShown, target);
      } else if (Array.isArray(value)) {
        const listPath = `${fieldPath}[]`;
        const target = declared.get(listPath);
        if (key.endsWith('_refs') || target) {
          parent[key] = value.map((item, i) =>
            typeof item === 'string' && (target || isKnownTypeRef(item)) ? resolveRef(store, tenant, item, `${fieldShown}.${i}`, target) : item,
          );
        } else {
          value.forEach((item, i) => {
            if (isPlainObject(item)) visit(item, `${listPath}.`, `${fieldShown}.${i}.`, false);
          });
        }
      } else if (isPlainObject(value)) {
        visit(value, `${fieldPath}.`, `${fieldShown}.`, false);
      }
    }
  };
  visit(object, '', '', true);
}

function isKnownTypeRef(value: string): boolean {
  const match = API_TYPE.exec(value.trim());
  return match !== null && isObjectType(match[1]!.toLowerCase());
}

/**
 * The `<field>_name` input form (`"application_profile_name": "System-HTTP"`, as the SDK sends it): each
 * becomes a by-name reference in the matching `<field>_ref` unless that is given too, and is removed.
 */
export function applyNameFields(type: ObjectType, object: JsonObject): void {
  for (const { path, target } of objectTypeFacts[type].refs) {
    if (!path.endsWith('_ref')) continue;
    const steps = path.split('.');
    const refKey = steps.pop()!;
    const nameKey = `${refKey.slice(0, -4)}_name`;
    forEachAt(object, steps, (parent, where) => {
      if (!Object.hasOwn(parent, nameKey)) return;
      const name = parent[nameKey];
      if (typeof name !== 'string' || name === '') {
        throw new HttpError(400, `Field "${where}${nameKey}" must be the name of a ${objectTypeFacts[target].model} object.`);
      }
      if (parent[refKey] === undefined) parent[refKey] = `/api/${target}?name=${encodeURIComponent(name)}`;
      delete parent[nameKey];
    });
  }
}

function forEachAt(object: JsonObject, steps: readonly string[], visit: (parent: JsonObject, where: string) => void, where = ''): void {
  if (steps.length === 0) {
    visit(object, where);
    return;
  }
  const [head, ...rest] = steps as [string, ...string[]];
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const child = object[key];
  if (list && Array.isArray(child)) {
    child.forEach((item, i) => {
      if (isPlainObject(item)) forEachAt(item, rest, visit, `${where}${key}.${i}.`);
    });
  } else if (!list && isPlainObject(child)) {
    forEachAt(child, rest, visit, `${where}${key}.`);
  }
}

/** Resolves a reference-like value used in filters (`refers_to`, `field=`): its uuid, or undefined. */
export function refUuidForFilter(store: Store, tenant: string, raw: string, type?: ObjectType): string | undefined {
  try {
    const canonical = resolveRef(store, tenant, raw, 'filter', type);
    return canonical.slice(canonical.lastIndexOf('/') + 1);
  } catch {
    return undefined;
  }
}

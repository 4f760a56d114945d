import { objectTypeFacts } from '@/domain/model/object-type-facts';
import type { ObjectType } from '@/domain/model/object-type-names';
import { applyCloudDefault, applyDefaults, fillVipIds, isSystemDefault } from './defaults';
import { uuid4 } from './ids';
import { applyPatch } from './patch';
import { applyNameFields, canonicalizeRefs, canonicalRef, isVisible, refUuidForFilter, resolveRef } from './refs';
import { checkRules, ruleError } from './rules';
import { ADMIN_TENANT, type Change, type Store } from './store';
import { HttpError, isPlainObject, type JsonObject, type StoredRecord } from './types';
import { describeIssues } from './validation';
import { assertNoFieldsAfter, carryOverFieldsAfter, type RequestVersion } from './version';
import { schemaOf } from './schemas';

export interface WriteContext {
  store: Store;
  /** Uuid and name of the request's tenant. */
  tenant: string;
  tenantName: string;
  /** The request time (ms). */
  now: number;
  version: RequestVersion;
}

export interface WriteResult {
  changes: Change[];
  /** The object the request is about (created, replaced); undefined for a delete. */
  primary: StoredRecord | undefined;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

function model(type: ObjectType): string {
  return objectTypeFacts[type].model;
}

function uuidOf(ref: unknown): string | undefined {
  return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : undefined;
}

/** An object the tenant can see, or 404. */
export function visibleRecord(ctx: Pick<WriteContext, 'store' | 'tenant'>, type: ObjectType, uuid: string): StoredRecord {
  const record = ctx.store.get(uuid);
  if (!record || record.type !== type || !isVisible(record, ctx.tenant)) {
    throw new HttpError(404, `${model(type)} object not found: ${uuid.length > 100 ? `${uuid.slice(0, 97)}...` : uuid}`);
  }
  return record;
}

/** Objects shared from tenant admin are read-only from every other tenant. */
function assertWritable(ctx: WriteContext, record: StoredRecord): void {
  const owner = record.type === 'tenant' ? ADMIN_TENANT : record.tenant;
  if (owner === ctx.tenant) return;
  throw new HttpError(
    403,
    `${model(record.type)} "${String(record.data.name)}" belongs to tenant admin and is shared read-only with tenant "${ctx.tenantName}". ` +
      'Switch to tenant admin to change it.',
  );
}

function checkTenantRef(ctx: WriteContext, body: JsonObject): void {
  const raw = body.tenant_ref;
  delete body.tenant_ref;
  if (raw === undefined) return;
  if (typeof raw !== 'string') throw new HttpError(400, 'Field "tenant_ref" must be a reference to a Tenant object.');
  const uuid = uuidOf(resolveRef(ctx.store, ctx.tenant, raw, 'tenant_ref', 'tenant'));
  if (uuid !== ctx.tenant) {
    const name = ctx.store.get(uuid ?? '')?.data.name;
    throw new HttpError(
      400,
      `Field "tenant_ref" names tenant "${String(name)}", but the request is made in tenant "${ctx.tenantName}" (X-Avi-Tenant). ` +
        'Send the request in that tenant instead.',
    );
  }
}

/** Validates a body and turns it into stored form: defaults from the schema, canonical refs, the cloud. */
function prepare(ctx: WriteContext, type: ObjectType, body: JsonObject, existing: StoredRecord | undefined): JsonObject {
  delete body.url;
  delete body._last_modified;
  checkTenantRef(ctx, body);
  applyNameFields(type, body);
  if (type === 'vsvip' || type === 'virtualservice') fillVipIds(body);
  const parsed = schemaOf(type).safeParse(body, { reportInput: true });
  if (!parsed.success) throw new HttpError(400, describeIssues(model(type), parsed.error.issues));
  const data = parsed.data as JsonObject;
  delete data.uuid;
  canonicalizeRefs(ctx.store, ctx.tenant, type, data);
  const storedCloud = existing?.data.cloud_ref;
  if (storedCloud !== undefined) {
    if (data.cloud_ref === undefined) data.cloud_ref = storedCloud;
    else if (data.cloud_ref !== storedCloud) {
      throw new HttpError(400, `Field "cloud_ref" cannot be changed: ${model(type)} "${String(existing?.data.name)}" stays in its cloud.`);
    }
  }
  applyCloudDefault(ctx.store, ctx.tenant, type, data);
  return data;
}

function assertUniqueName(ctx: WriteContext, type: ObjectType, owner: string, name: unknown, uuid: string): void {
  const clash = typeof name === 'string' ? ctx.store.findByName(type, owner, name) : undefined;
  if (clash && clash.uuid !== uuid) throw new HttpError(409, `${model(type)} with this Name and Tenant ref already exists.`);
}

function buildRecord(
  ctx: WriteContext,
  type: ObjectType,
  uuid: string,
  data: JsonObject,
  owner: string,
  existing: StoredRecord | undefined,
  offset: number,
): StoredRecord {
  const { name, ...rest } = data;
  const stored: JsonObject = { uuid, name, ...rest };
  if (type !== 'tenant') stored.tenant_ref = canonicalRef('tenant', owner);
  stored._last_modified = ctx.store.peekLastModified(ctx.now, offset);
  return { type, uuid, tenant: owner, seq: existing?.seq ?? ctx.store.peekSeq(offset), data: stored };
}

function newUuid(type: ObjectType): string {
  return `${type}-${uuid4()}`;
}

/**
 * A virtual service posted with inline `vip` and no `vsvip_ref`: the controller creates a VsVip for it
 * (named `vsvip-<vs>-<cloud>`) and refers to it. With a `vsvip_ref`, the VsVip is the source of truth and
 * the inline `vip` is dropped.
 */
function vsVipFromInline(ctx: WriteContext, data: JsonObject, owner: string, changes: Change[], newRecords: number): number {
  if (data.vsvip_ref !== undefined || !Array.isArray(data.vip) || data.vip.length === 0) {
    delete data.vip;
    return newRecords;
  }
  const cloudName = String(ctx.store.get(uuidOf(data.cloud_ref) ?? '')?.data.name ?? 'Default-Cloud');
  const base = `vsvip-${String(data.name)}-${cloudName}`;
  let name = base;
  for (let i = 1; ctx.store.findByName('vsvip', owner, name); i += 1) name = `${base}-${i}`;
  const vip = schemaOf('vsvip').parse({
    name,
    vip: data.vip,
    cloud_ref: data.cloud_ref,
    ...(data.vrf_context_ref !== undefined ? { vrf_context_ref: data.vrf_context_ref } : {}),
  }) as JsonObject;
  applyDefaults(ctx.store, ctx.tenant, 'vsvip', vip);
  const record = buildRecord(ctx, 'vsvip', newUuid('vsvip'), vip, owner, undefined, newRecords);
  changes.push({ uuid: record.uuid, record });
  data.vsvip_ref = canonicalRef('vsvip', record.uuid);
  if (data.vrf_context_ref === undefined && record.data.vrf_context_ref !== undefined) data.vrf_context_ref = record.data.vrf_context_ref;
  delete data.vip;
  return newRecords + 1;
}

function enforceRules(ctx: WriteContext, changes: Change[], type: ObjectType, uuid: string, before: StoredRecord | undefined, after: StoredRecord | undefined): void {
  const violations = checkRules(ctx.store, changes, { type, uuid, before, after });
  if (violations.length > 0) throw ruleError(violations);
}

/** POST /api/<type>: validate, resolve, default, check the rules; nothing is stored until the caller commits. */
export function createObject(ctx: WriteContext, type: ObjectType, body: JsonObject, slug?: string): WriteResult {
  if (type === 'tenant' && ctx.tenant !== ADMIN_TENANT) {
    throw new HttpError(403, `Tenants can only be created from tenant admin (the request is made in tenant "${ctx.tenantName}").`);
  }
  assertNoFieldsAfter(type, body, ctx.version);
  delete body.uuid;
  const data = prepare(ctx, type, body, undefined);
  let uuid: string;
  if (slug !== undefined) {
    if (!SLUG.test(slug)) throw new HttpError(400, `Invalid Slug header "${slug.slice(0, 60)}": use letters, digits, "-", "_", "." or ":" (at most 128).`);
    uuid = slug;
  } else {
    uuid = newUuid(type);
  }
  if (ctx.store.get(uuid)) throw new HttpError(409, `An object with uuid "${uuid}" already exists.`);
  const owner = type === 'tenant' ? ADMIN_TENANT : ctx.tenant;
  assertUniqueName(ctx, type, owner, data.name, uuid);
  const changes: Change[] = [];
  let newRecords = 0;
  if (type === 'virtualservice') newRecords = vsVipFromInline(ctx, data, owner, changes, newRecords);
  applyDefaults(ctx.store, ctx.tenant, type, data);
  const record = buildRecord(ctx, type, uuid, data, owner, undefined, newRecords);
  changes.push({ uuid, record });
  enforceRules(ctx, changes, type, uuid, undefined, record);
  return { changes, primary: record };
}

function replaceWith(ctx: WriteContext, existing: StoredRecord, body: JsonObject): WriteResult {
  const type = existing.type;
  const data = prepare(ctx, type, body, existing);
  if (data.name !== existing.data.name && isSystemDefault(existing)) {
    throw new HttpError(400, `${model(type)} "${String(existing.data.name)}" is a system default object: its name cannot be changed.`);
  }
  assertUniqueName(ctx, type, existing.tenant, data.name, existing.uuid);
  const changes: Change[] = [];
  let newRecords = 0;
  if (type === 'virtualservice') newRecords = vsVipFromInline(ctx, data, existing.tenant, changes, newRecords);
  applyDefaults(ctx.store, ctx.tenant, type, data);
  const record = buildRecord(ctx, type, existing.uuid, data, existing.tenant, existing, newRecords);
  changes.push({ uuid: existing.uuid, record });
  enforceRules(ctx, changes, type, existing.uuid, existing, record);
  return { changes, primary: record };
}

/** PUT /api/<type>/<uuid>: the body replaces the object; omitted fields fall back to their defaults. */
export function replaceObject(ctx: WriteContext, type: ObjectType, uuid: string, body: JsonObject): WriteResult {
  const existing = visibleRecord(ctx, type, uuid);
  assertWritable(ctx, existing);
  assertNoFieldsAfter(type, body, ctx.version);
  if (body.uuid !== undefined && body.uuid !== uuid) {
    throw new HttpError(400, `The body's uuid ${JSON.stringify(body.uuid)} does not match the uuid in the URL (${uuid}).`);
  }
  delete body.uuid;
  carryOverFieldsAfter(type, existing.data, body, ctx.version);
  return replaceWith(ctx, existing, body);
}

/** PATCH /api/<type>/<uuid> with `{"add"|"replace"|"delete": {...}}`. */
export function patchObject(ctx: WriteContext, type: ObjectType, uuid: string, body: JsonObject): WriteResult {
  const existing = visibleRecord(ctx, type, uuid);
  assertWritable(ctx, existing);
  for (const value of Object.values(body)) if (isPlainObject(value)) assertNoFieldsAfter(type, value, ctx.version);
  const sameRef = (a: string, b: string): boolean => {
    const ua = refUuidForFilter(ctx.store, ctx.tenant, a);
    return ua !== undefined && ua === refUuidForFilter(ctx.store, ctx.tenant, b);
  };
  const merged = applyPatch(existing.data, body, sameRef);
  // `<field>_name` in a PATCH names the new target of `<field>_ref`: it replaces the stored ref.
  for (const value of Object.values(body)) {
    if (!isPlainObject(value)) continue;
    for (const key of Object.keys(value)) {
      if (key.endsWith('_name') && objectTypeFacts[type].refs.some((r) => r.path === `${key.slice(0, -5)}_ref`)) delete merged[`${key.slice(0, -5)}_ref`];
    }
  }
  if (merged.uuid !== uuid) throw new HttpError(400, `A PATCH cannot change the uuid (${uuid}).`);
  delete merged.uuid;
  return replaceWith(ctx, existing, merged);
}

function describeReferrer(store: Store, uuid: string): string {
  const record = store.get(uuid);
  return record ? `'${model(record.type)} ${String(record.data.name)}'` : `'${uuid}'`;
}

/** DELETE /api/<type>/<uuid>: refused while other objects refer to it, and for system default objects. */
export function deleteObject(ctx: WriteContext, type: ObjectType, uuid: string): WriteResult {
  const existing = visibleRecord(ctx, type, uuid);
  assertWritable(ctx, existing);
  if (isSystemDefault(existing)) {
    throw new HttpError(403, `${model(type)} "${String(existing.data.name)}" is a system default object and cannot be deleted.`);
  }
  const referrers = [...ctx.store.referrers(uuid)].filter((id) => id !== uuid);
  if (type === 'tenant') referrers.push(...[...ctx.store.allOwnedBy(uuid)].map((r) => r.uuid));
  if (referrers.length > 0) {
    const names = referrers.slice(0, 20).map((id) => describeReferrer(ctx.store, id));
    const more = referrers.length > 20 ? `, ... (${referrers.length - 20} more)` : '';
    throw new HttpError(403, `Cannot delete, object is referred by: [${names.join(', ')}${more}]`);
  }
  const changes: Change[] = [{ uuid, record: null }];
  enforceRules(ctx, changes, type, uuid, existing, undefined);
  return { changes, primary: undefined };
}

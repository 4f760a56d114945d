import { objectTypeFacts } from '@/domain/model/object-type-facts';
import { isObjectType, type ObjectType } from '@/domain/model/object-type-names';
import { refUuidForFilter } from './refs';
import { ADMIN_TENANT, type Store } from './store';
import { HttpError, isPlainObject, type StoredRecord } from './types';
import { schemaFields } from './schemas';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/** Query parameters that are not field filters. */
const RESERVED = new Set([
  'page',
  'page_size',
  'sort',
  'fields',
  'include_name',
  'search',
  'isearch',
  'name',
  'name.contains',
  'name.icontains',
  'name.in',
  'uuid.in',
  'refers_to',
  'referred_by',
  'skip_default',
  'join_subresources',
  'tenant',
]);

export interface ListQuery {
  page: number;
  pageSize: number;
  includeName: boolean;
  fields: Set<string> | undefined;
}

function positiveInt(raw: string | null, name: string, fallback: number, max?: number): number {
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw.trim())) throw new HttpError(400, `Invalid ${name} "${raw.slice(0, 40)}": expected a whole number${max ? ` from 1 to ${max}` : ' from 1'}.`);
  const n = Number(raw.trim());
  if (n < 1 || (max !== undefined && n > max)) throw new HttpError(400, `Invalid ${name} ${n}: expected a whole number${max ? ` from 1 to ${max}` : ' from 1'}.`);
  return n;
}

export function isTrue(raw: string | null): boolean {
  return raw !== null && /^(true|1|yes)$/i.test(raw.trim());
}

export function parseFields(params: URLSearchParams): Set<string> | undefined {
  const raw = params.getAll('fields').join(',');
  if (!raw.trim()) return undefined;
  return new Set(raw.split(',').map((f) => f.trim()).filter(Boolean));
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  return {
    page: positiveInt(params.get('page'), 'page', 1),
    pageSize: positiveInt(params.get('page_size'), 'page_size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    includeName: isTrue(params.get('include_name')),
    fields: parseFields(params),
  };
}

function valueAt(data: unknown, path: string): unknown {
  let current = data;
  for (const step of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[step];
  }
  return current;
}

type Comparable = string | number | boolean | undefined;

function comparable(value: unknown): Comparable {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === undefined || value === null) return undefined;
  return JSON.stringify(value);
}

function compareValues(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

const FIELD_PATH = /^-?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** `sort=name`, `sort=-name`, `sort=-enabled,name`, dotted paths for nested fields. Undefined values sort last. */
function sorter(spec: string): (records: StoredRecord[]) => StoredRecord[] {
  const keys = spec
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => {
      if (!FIELD_PATH.test(k)) throw new HttpError(400, `Invalid sort field "${k.slice(0, 60)}".`);
      return { desc: k.startsWith('-'), path: k.replace(/^-/, '') };
    });
  return (records) => {
    const decorated = records.map((record) => ({ record, values: keys.map((k) => comparable(valueAt(record.data, k.path))) }));
    decorated.sort((x, y) => {
      for (let i = 0; i < keys.length; i += 1) {
        const a = x.values[i];
        const b = y.values[i];
        if (a === undefined || b === undefined) {
          if (a !== b) return a === undefined ? 1 : -1;
          continue;
        }
        const d = compareValues(a, b);
        if (d !== 0) return keys[i]!.desc ? -d : d;
      }
      return x.record.seq - y.record.seq;
    });
    return decorated.map((d) => d.record);
  };
}

function typeAndUuid(raw: string, param: string): { type: ObjectType; id: string } {
  const cut = raw.indexOf(':');
  const type = cut > 0 ? raw.slice(0, cut).toLowerCase() : '';
  const id = cut > 0 ? raw.slice(cut + 1) : '';
  if (!isObjectType(type) || id === '') {
    throw new HttpError(400, `Invalid ${param} "${raw.slice(0, 80)}": expected <object type>:<uuid>, for example pool:pool-1234.`);
  }
  return { type, id };
}

/** Whether a request's query filters by a field (`?field=value`): matching it needs the type's schema. */
export function filtersByField(params: URLSearchParams): boolean {
  for (const key of params.keys()) if (!RESERVED.has(key)) return true;
  return false;
}

function matchesText(value: unknown, needle: string, insensitive: boolean, store: Store): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => matchesText(v, needle, insensitive, store));
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && value.startsWith('/api/')) {
    const target = store.get(value.slice(value.lastIndexOf('/') + 1));
    if (target) text = `${text} ${String(target.data.name)}`;
  }
  return insensitive ? text.toLowerCase().includes(needle.toLowerCase()) : text.includes(needle);
}

/**
 * The objects a list request selects, in order: the tenant's visible objects filtered by `name`,
 * `name.contains`, `name.icontains`, `name.in`, `uuid.in`, `search`, `isearch`, `refers_to`,
 * `referred_by` and exact field filters (`enabled=true`, `se_group_ref=<ref>`, `cloud_ref.name=...`), then
 * sorted by `sort`.
 */
export function selectRecords(store: Store, type: ObjectType, tenant: string, params: URLSearchParams): readonly StoredRecord[] {
  const sortSpec = params.get('sort')?.trim();
  const sort = sortSpec ? sorter(sortSpec) : undefined;
  const name = params.get('name');
  let records: readonly StoredRecord[];
  if (name !== null) {
    // `name=` through the name index: at most the tenant's object and admin's shared one.
    const own = store.findByName(type, tenant, name);
    const shared = tenant !== ADMIN_TENANT && objectTypeFacts[type].sharedFromAdmin ? store.findByName(type, ADMIN_TENANT, name) : undefined;
    records = [own, shared].filter((r): r is StoredRecord => r !== undefined).sort((a, b) => a.seq - b.seq);
    if (sort) records = sort([...records]);
  } else {
    records = sortSpec && sort ? store.sortedVisible(type, tenant, sortSpec, sort) : store.visible(type, tenant);
  }
  const filters: ((r: StoredRecord) => boolean)[] = [];
  const contains = params.get('name.contains');
  if (contains !== null) filters.push((r) => String(r.data.name).includes(contains));
  const icontains = params.get('name.icontains');
  if (icontains !== null) filters.push((r) => String(r.data.name).toLowerCase().includes(icontains.toLowerCase()));
  const nameIn = params.get('name.in');
  if (nameIn !== null) {
    const set = new Set(nameIn.split(','));
    filters.push((r) => set.has(String(r.data.name)));
  }
  const uuidIn = params.get('uuid.in');
  if (uuidIn !== null) {
    const set = new Set(uuidIn.split(','));
    filters.push((r) => set.has(r.uuid));
  }
  for (const [param, insensitive] of [
    ['search', false],
    ['isearch', true],
  ] as const) {
    const raw = params.get(param);
    if (raw === null || raw === '') continue;
    const scoped = /^\(([^,()]+),(.*)\)$/s.exec(raw);
    if (scoped) {
      const field = scoped[1]!.trim();
      const needle = scoped[2]!;
      filters.push((r) => matchesText(valueAt(r.data, field), needle, insensitive, store));
    } else {
      filters.push((r) => matchesText(r.data.name, raw, insensitive, store));
    }
  }
  const refersTo = params.get('refers_to');
  if (refersTo !== null) {
    const { type: targetType, id } = typeAndUuid(refersTo, 'refers_to');
    const target = refUuidForFilter(store, tenant, `/api/${targetType}/${id}`) ?? refUuidForFilter(store, tenant, `/api/${targetType}?name=${encodeURIComponent(id)}`);
    const set = target ? store.referrers(target) : new Set<string>();
    filters.push((r) => set.has(r.uuid));
  }
  const referredBy = params.get('referred_by');
  if (referredBy !== null) {
    const { type: sourceType, id } = typeAndUuid(referredBy, 'referred_by');
    const source = refUuidForFilter(store, tenant, `/api/${sourceType}/${id}`) ?? refUuidForFilter(store, tenant, `/api/${sourceType}?name=${encodeURIComponent(id)}`);
    const set = source ? store.references(source) : new Set<string>();
    filters.push((r) => set.has(r.uuid));
  }
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue;
    const fields = schemaFields(type);
    const [field, sub] = key.split('.', 2) as [string, string | undefined];
    if (!fields.has(field) || (sub !== undefined && !(field.endsWith('_ref') && (sub === 'uuid' || sub === 'name')))) continue;
    if (field.endsWith('_ref')) {
      const wanted = sub === 'name' ? refUuidForFilter(store, tenant, `/api/${targetTypeOf(type, field)}?name=${encodeURIComponent(value)}`) : sub === 'uuid' ? value : refUuidForFilter(store, tenant, value);
      filters.push((r) => typeof r.data[field] === 'string' && (r.data[field] as string).endsWith(`/${wanted ?? '\u0000'}`));
    } else {
      filters.push((r) => {
        const v = r.data[field];
        return v !== undefined && v !== null && typeof v !== 'object' && String(v) === value;
      });
    }
  }
  if (filters.length > 0) records = records.filter((r) => filters.every((f) => f(r)));
  return records;
}

function targetTypeOf(type: ObjectType, field: string): string {
  return objectTypeFacts[type].refs.find((r) => r.path === field)?.target ?? field.replace(/_ref$/, '').replace(/_/g, '');
}

import { objectTypeFacts } from '@/domain/model/object-type-facts';
import { isObjectType, type ObjectType } from '@/domain/model/object-type-names';
import { isPlainObject, type JsonObject, type StoredRecord } from './types';

/** The admin tenant's uuid is literally `admin` on a real controller. */
export const ADMIN_TENANT = 'admin';

/** A pending change: the new version of an object, or `null` to delete it. */
export interface Change {
  uuid: string;
  record: StoredRecord | null;
}

export interface SerializedStore {
  format: 1;
  seed: string;
  seq: number;
  lastModified: number;
  /** `[type, tenant, seq, data]`, in creation order. */
  records: [ObjectType, string, number, JsonObject][];
}

const CANONICAL_REF = /^\/api\/([a-z]+)\/([^/?#]+)$/;

/** Uuids an object refers to: every `*_ref` / `*_refs` value in canonical form, at any depth (not `tenant_ref`). */
export function extractRefs(data: Readonly<JsonObject>): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown, key: string, top: boolean): void => {
    if (typeof value === 'string') {
      if ((key.endsWith('_ref') || key.endsWith('_refs')) && !(top && key === 'tenant_ref')) {
        const match = CANONICAL_REF.exec(value);
        if (match && isObjectType(match[1]!)) out.add(match[2]!);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, false);
      return;
    }
    if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, k, false);
    }
  };
  for (const [k, v] of Object.entries(data)) visit(v, k, true);
  return out;
}

/**
 * The in-memory object store with the indexes the API needs: by uuid, by type and tenant (in creation
 * order), by name, and references in both directions. Visible-scope lists and sorted orders are cached
 * per type and dropped when an object of that type changes. Stored data is immutable: a write replaces
 * the record, so readers never need to copy the store.
 */
export class Store {
  seed = 'empty';
  private seqCounter = 0;
  private lastModifiedMicros = 0;
  private readonly byUuid = new Map<string, StoredRecord>();
  private readonly owned = new Map<string, Map<string, StoredRecord>>();
  private readonly byName = new Map<string, StoredRecord>();
  private readonly refsFrom = new Map<string, Set<string>>();
  private readonly refsTo = new Map<string, Set<string>>();
  private readonly cache = new Map<ObjectType, Map<string, StoredRecord[]>>();
  /** Bumped whenever a name changes or an object disappears: `#name` renderings depend on it. */
  namesGeneration = 0;
  /** Bumped on every commit. */
  generation = 0;

  get size(): number {
    return this.byUuid.size;
  }

  /** The creation sequence number the `offset`-th object of the next commit gets. Nothing changes until commit. */
  peekSeq(offset = 0): number {
    return this.seqCounter + 1 + offset;
  }

  /** `_last_modified` for the `offset`-th object of the next commit: microseconds, strictly increasing. */
  peekLastModified(nowMs: number, offset = 0): string {
    return String(Math.max(Math.floor(nowMs * 1000), this.lastModifiedMicros + 1) + offset);
  }

  get(uuid: string): StoredRecord | undefined {
    return this.byUuid.get(uuid);
  }

  findByName(type: ObjectType, tenant: string, name: string): StoredRecord | undefined {
    return this.byName.get(`${type}\u0000${tenant}\u0000${name}`);
  }

  /** Objects of a type owned by a tenant, in creation order. */
  ownedBy(type: ObjectType, tenant: string): Iterable<StoredRecord> {
    return this.owned.get(`${type}\u0000${tenant}`)?.values() ?? [];
  }

  countOwnedBy(tenant: string): number {
    let n = 0;
    for (const [key, map] of this.owned) if (key.endsWith(`\u0000${tenant}`)) n += map.size;
    return n;
  }

  /** Every object owned by a tenant (any type), in no particular order. */
  *allOwnedBy(tenant: string): Iterable<StoredRecord> {
    for (const [key, map] of this.owned) if (key.endsWith(`\u0000${tenant}`)) yield* map.values();
  }

  *all(): Iterable<StoredRecord> {
    yield* this.byUuid.values();
  }

  /** Uuids of the objects that refer to `uuid`. */
  referrers(uuid: string): ReadonlySet<string> {
    return this.refsTo.get(uuid) ?? new Set();
  }

  /** Uuids `uuid` refers to. */
  references(uuid: string): ReadonlySet<string> {
    return this.refsFrom.get(uuid) ?? new Set();
  }

  /**
   * What a tenant sees of a type, in creation order: its own objects, plus those of tenant `admin` for
   * types shared from admin. Cached until an object of the type changes.
   */
  visible(type: ObjectType, tenant: string): readonly StoredRecord[] {
    return this.cached(type, `v\u0000${tenant}`, () => {
      const own = [...this.ownedBy(type, tenant)];
      if (tenant === ADMIN_TENANT || !objectTypeFacts[type].sharedFromAdmin) return own;
      const shared = [...this.ownedBy(type, ADMIN_TENANT)];
      return mergeBySeq(own, shared);
    });
  }

  /** `visible()` in another order, cached likewise. `key` identifies the order. */
  sortedVisible(type: ObjectType, tenant: string, key: string, sort: (records: StoredRecord[]) => StoredRecord[]): readonly StoredRecord[] {
    return this.cached(type, `s\u0000${tenant}\u0000${key}`, () => sort([...this.visible(type, tenant)]));
  }

  private cached(type: ObjectType, key: string, build: () => StoredRecord[]): StoredRecord[] {
    let perType = this.cache.get(type);
    if (!perType) {
      perType = new Map();
      this.cache.set(type, perType);
    }
    let hit = perType.get(key);
    if (!hit) {
      hit = build();
      if (perType.size > 64) perType.clear();
      perType.set(key, hit);
    }
    return hit;
  }

  /** Apply a set of changes at once. Callers validate everything first: this cannot fail. */
  commit(changes: readonly Change[]): void {
    for (const change of changes) {
      const before = this.byUuid.get(change.uuid);
      if (before) {
        const sameSlot = change.record !== null && change.record.type === before.type && change.record.tenant === before.tenant;
        this.unindex(before, sameSlot);
      }
      if (change.record) this.index(change.record);
      if (!change.record || (before && before.data.name !== change.record.data.name)) this.namesGeneration += 1;
      if (before) this.cache.delete(before.type);
      if (change.record) {
        this.cache.delete(change.record.type);
        this.seqCounter = Math.max(this.seqCounter, change.record.seq);
        const modified = Number(change.record.data._last_modified);
        if (Number.isFinite(modified)) this.lastModifiedMicros = Math.max(this.lastModifiedMicros, modified);
      }
    }
    this.generation += 1;
  }

  private index(record: StoredRecord): void {
    this.byUuid.set(record.uuid, record);
    const ownKey = `${record.type}\u0000${record.tenant}`;
    let own = this.owned.get(ownKey);
    if (!own) {
      own = new Map();
      this.owned.set(ownKey, own);
    }
    own.set(record.uuid, record);
    if (typeof record.data.name === 'string') this.byName.set(`${record.type}\u0000${record.tenant}\u0000${record.data.name}`, record);
    const refs = extractRefs(record.data);
    this.refsFrom.set(record.uuid, refs);
    for (const target of refs) {
      let set = this.refsTo.get(target);
      if (!set) {
        set = new Set();
        this.refsTo.set(target, set);
      }
      set.add(record.uuid);
    }
  }

  private unindex(record: StoredRecord, keepOwnedSlot: boolean): void {
    this.byUuid.delete(record.uuid);
    // A replace keeps the object's slot in creation order (Map.set on an existing key keeps its position).
    if (!keepOwnedSlot) this.owned.get(`${record.type}\u0000${record.tenant}`)?.delete(record.uuid);
    if (typeof record.data.name === 'string') {
      const nameKey = `${record.type}\u0000${record.tenant}\u0000${record.data.name}`;
      if (this.byName.get(nameKey) === record) this.byName.delete(nameKey);
    }
    for (const target of this.refsFrom.get(record.uuid) ?? []) this.refsTo.get(target)?.delete(record.uuid);
    this.refsFrom.delete(record.uuid);
  }

  clear(): void {
    this.byUuid.clear();
    this.owned.clear();
    this.byName.clear();
    this.refsFrom.clear();
    this.refsTo.clear();
    this.cache.clear();
    this.seqCounter = 0;
    this.lastModifiedMicros = 0;
    this.namesGeneration += 1;
    this.generation += 1;
  }

  serialize(): SerializedStore {
    const records = [...this.byUuid.values()].sort((a, b) => a.seq - b.seq);
    return {
      format: 1,
      seed: this.seed,
      seq: this.seqCounter,
      lastModified: this.lastModifiedMicros,
      records: records.map((r) => [r.type, r.tenant, r.seq, r.data as JsonObject]),
    };
  }

  /** Replace the whole content. Returns false (and leaves the store untouched) on malformed input. */
  load(serialized: unknown): boolean {
    if (!isSerializedStore(serialized)) return false;
    this.clear();
    this.seed = serialized.seed;
    const records = [...serialized.records].sort((a, b) => a[2] - b[2]);
    for (const [type, tenant, seq, data] of records) {
      this.index({ type, tenant, seq, uuid: data.uuid as string, data });
    }
    this.seqCounter = serialized.seq;
    this.lastModifiedMicros = serialized.lastModified;
    return true;
  }
}

function isSerializedStore(value: unknown): value is SerializedStore {
  if (!isPlainObject(value) || value.format !== 1 || !Array.isArray(value.records)) return false;
  if (typeof value.seed !== 'string' || typeof value.seq !== 'number' || typeof value.lastModified !== 'number') return false;
  return value.records.every(
    (r: unknown) =>
      Array.isArray(r) &&
      r.length === 4 &&
      typeof r[0] === 'string' &&
      isObjectType(r[0]) &&
      typeof r[1] === 'string' &&
      typeof r[2] === 'number' &&
      isPlainObject(r[3]) &&
      typeof r[3].uuid === 'string',
  );
}

function mergeBySeq(a: StoredRecord[], b: StoredRecord[]): StoredRecord[] {
  const out: StoredRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.seq <= b[j]!.seq ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

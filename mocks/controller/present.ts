import type { Store } from './store';
import { isPlainObject, type JsonObject, type StoredRecord } from './types';
import { stripFieldsAfter, type RequestVersion } from './version';

export interface PresentOptions {
  /** `https://host:port`, from the request: refs and urls are absolute, like the controller's. */
  origin: string;
  /** Append `#<name>` to `url` and every ref (`include_name=true`, and POST/PUT/PATCH responses). */
  includeName: boolean;
  version: RequestVersion;
  /** Sparse field set (`fields=`); `name`, `url` and `uuid` are always included. */
  fields?: ReadonlySet<string> | undefined;
}

/** Fields a real controller never returns. */
const WRITE_ONLY: Partial<Record<string, readonly string[]>> = {
  sslkeyandcertificate: ['key', 'key_passphrase'],
};

const CANONICAL = /^\/api\/[a-z]+\/([^/?#]+)$/;

function renderRef(value: string, store: Store, options: PresentOptions): string {
  const match = CANONICAL.exec(value);
  if (!match) return value;
  if (!options.includeName) return options.origin + value;
  const name = store.get(match[1]!)?.data.name;
  return typeof name === 'string' ? `${options.origin}${value}#${name}` : options.origin + value;
}

function renderValue(value: unknown, key: string, store: Store, options: PresentOptions): unknown {
  if (typeof value === 'string') {
    return key.endsWith('_ref') || key.endsWith('_refs') ? renderRef(value, store, options) : value;
  }
  if (Array.isArray(value)) return value.map((item) => renderValue(item, key, store, options));
  if (isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderValue(v, k, store, options);
    return out;
  }
  return value;
}

/** The object as the API returns it: absolute refs, `url` first, write-only fields removed, in the request's API version. */
export function presentObject(record: StoredRecord, store: Store, options: PresentOptions): JsonObject {
  const url = `${options.origin}/api/${record.type}/${record.uuid}`;
  const name = record.data.name;
  const out: JsonObject = {
    url: options.includeName && typeof name === 'string' ? `${url}#${name}` : url,
    uuid: record.uuid,
    name,
  };
  const hidden = WRITE_ONLY[record.type];
  for (const [k, v] of Object.entries(record.data)) {
    if (k === 'uuid' || k === 'name' || k === 'url' || hidden?.includes(k)) continue;
    out[k] = renderValue(v, k, store, options);
  }
  stripFieldsAfter(record.type, out, options.version);
  if (options.fields) {
    for (const key of Object.keys(out)) {
      if (key !== 'url' && key !== 'uuid' && key !== 'name' && !options.fields.has(key)) delete out[key];
    }
  }
  return out;
}

interface CacheSlot {
  key: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const bodyCache = new WeakMap<object, CacheSlot[]>();
const encoder = new TextEncoder();

/** Identifies a rendering of objects (origin, API version, names): the per-object cache key. */
export function presentKey(store: Store, options: PresentOptions): string {
  return `${options.origin}\u0000${options.version.header}\u0000${options.includeName ? store.namesGeneration : '-'}`;
}

/**
 * `presentObject` serialised as UTF-8 JSON. Cached per stored version of the object (data objects are
 * immutable) and rendering, so a list response is a concatenation of cached bytes.
 */
export function presentBytes(record: StoredRecord, store: Store, options: PresentOptions, key = presentKey(store, options)): Uint8Array<ArrayBuffer> {
  if (options.fields) return encoder.encode(JSON.stringify(presentObject(record, store, options)));
  let slots = bodyCache.get(record.data);
  if (!slots) {
    slots = [];
    bodyCache.set(record.data, slots);
  }
  for (const slot of slots) if (slot.key === key) return slot.bytes;
  const slot: CacheSlot = { key, bytes: encoder.encode(JSON.stringify(presentObject(record, store, options))) };
  if (slots.length >= 4) slots.shift();
  slots.push(slot);
  return slot.bytes;
}

/** Concatenates byte chunks (a list body from its cached objects) without re-encoding them. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let size = 0;
  for (const chunk of chunks) size += chunk.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

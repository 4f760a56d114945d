import type { ObjectType } from '@/domain/model/object-types';

export type JsonObject = Record<string, unknown>;

/** One stored controller object. `data` is canonical (relative refs) and never mutated after commit. */
export interface StoredRecord {
  readonly type: ObjectType;
  readonly uuid: string;
  /** Uuid of the owning tenant (`admin` for tenants themselves and for system objects). */
  readonly tenant: string;
  /** Creation order; the default list order. */
  readonly seq: number;
  readonly data: Readonly<JsonObject>;
}

/** A refused request: the status, the `{"error": ...}` message and any extra response headers. */
export class HttpError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Send `message` as the raw body instead of `{"error": message}` (the CSRF refusal). */
  readonly raw: boolean;

  constructor(status: number, message: string, options: { headers?: Record<string, string>; raw?: boolean } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = options.headers ?? {};
    this.raw = options.raw ?? false;
  }
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

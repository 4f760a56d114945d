import { isObjectType, type ObjectType } from './object-type-names';

/**
 * Parsing of object references in every form the controller accepts:
 * `/api/<type>/<uuid>`, `https://host/api/<type>/<uuid>#name`, and `/api/<type>?name=<name>`.
 */
export type ParsedRef =
  | { kind: 'uuid'; type: ObjectType; uuid: string; name?: string }
  | { kind: 'name'; type: ObjectType; name: string; tenant?: string };

export function parseRef(ref: string): ParsedRef | undefined {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+)?\/api\/([a-z]+)\/?(?:([^?#/]+))?\/?(\?[^#]*)?(?:#(.*))?$/i.exec(ref.trim());
  if (!match) return undefined;
  const [, type, uuid, query, fragment] = match;
  if (!type || !isObjectType(type)) return undefined;
  if (uuid) {
    return { kind: 'uuid', type, uuid: decodeURIComponent(uuid), ...(fragment ? { name: decodeURIComponent(fragment) } : {}) };
  }
  if (query) {
    const params = new URLSearchParams(query.slice(1));
    const name = params.get('name');
    if (name) return { kind: 'name', type, name, ...(params.get('tenant') ? { tenant: params.get('tenant')! } : {}) };
  }
  return undefined;
}

/** The uuid of a ref in canonical (`.../api/<type>/<uuid>[#name]`) form. */
export function refUuid(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const parsed = parseRef(ref);
  return parsed?.kind === 'uuid' ? parsed.uuid : undefined;
}

/** The `#name` suffix of a ref returned with `include_name`, if any. */
export function refName(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const parsed = parseRef(ref);
  return parsed?.name;
}

export function refType(ref: string | undefined): ObjectType | undefined {
  return ref ? parseRef(ref)?.type : undefined;
}

/** Relative ref the console sends on writes; the controller turns it into an absolute URL. */
export function uuidRef(type: ObjectType, uuid: string): string {
  return `/api/${type}/${encodeURIComponent(uuid)}`;
}

export function nameRef(type: ObjectType, name: string): string {
  return `/api/${type}?name=${encodeURIComponent(name)}`;
}

export function sameRef(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return a === b;
  const ua = refUuid(a);
  const ub = refUuid(b);
  return ua !== undefined && ua === ub;
}

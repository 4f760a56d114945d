/**
 * Form ⇄ object mapping helpers. A PUT replaces the whole object, so an edit form must send back the
 * object exactly as it was loaded, changing only the fields it manages and only where the admin changed
 * them. Fields are addressed by dotted paths (`http_profile.xff_enabled`).
 */

export type FieldValues = Record<string, unknown>;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function setAt(object: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = object;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (!isRecord(next)) current[key] = {};
    current = current[key] as Json;
  }
  current[keys[keys.length - 1]!] = value;
}

export function deleteAt(object: Json, path: string): void {
  const keys = path.split('.');
  let current: unknown = object;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(current)) return;
    current = current[key];
  }
  if (isRecord(current)) delete current[keys[keys.length - 1]!];
}

/** Structural equality of JSON values; key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * The loaded object with the edited fields applied: for each path, when `edited` differs from `shown`
 * (what the form showed for the loaded object) the value is set, or removed when edited to undefined.
 * Everything else, including fields the form does not know, stays exactly as loaded.
 */
export function applyFieldEdits<T extends object>(loaded: T, shown: FieldValues, edited: FieldValues): T {
  const next = structuredClone(loaded) as unknown as Json;
  const paths = new Set([...Object.keys(shown), ...Object.keys(edited)]);
  for (const path of paths) {
    const value = edited[path];
    if (jsonEqual(value, shown[path])) continue;
    if (value === undefined) deleteAt(next, path);
    else setAt(next, path, structuredClone(value));
  }
  return next as unknown as T;
}

/** Paths whose values differ between two field sets. */
export function changedPaths(before: FieldValues, after: FieldValues): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => !jsonEqual(before[path], after[path]));
}

import { parseRef, refName } from '@/domain/model';
import { jsonEqual } from '@/components/object-form/field-edits';

/**
 * The controller CLI commands equivalent to a create or an update (reference §5): `configure <type> <name>`,
 * one line per field (`field value`; booleans as the bare field or `no field`; enums in lower case; refs by
 * name), a sub-mode per nested object or list entry closed by `save`, and a final `save`.
 */

type Json = Record<string, unknown>;
export type RefNamer = (ref: string) => string | undefined;

const SKIPPED = new Set(['name', 'uuid', 'url', '_last_modified', 'tenant_ref']);
const INDENT = '  ';

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIpAddr(value: unknown): value is { addr: string; type: string } {
  return isRecord(value) && typeof value.addr === 'string' && typeof value.type === 'string' && Object.keys(value).length === 2;
}

function word(value: string): string {
  return /^[^\s"']+$/.test(value) ? value : `"${value.replace(/"/g, '\\"')}"`;
}

function scalar(key: string, value: unknown, nameOf: RefNamer): string {
  if (typeof value === 'string') {
    if (key.endsWith('_ref') || key.endsWith('_refs')) {
      const parsed = parseRef(value);
      return word(refName(value) ?? (parsed?.kind === 'name' ? parsed.name : undefined) ?? nameOf(value) ?? (parsed?.kind === 'uuid' ? parsed.uuid : value));
    }
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value)) return value.toLowerCase();
    return word(value);
  }
  if (isIpAddr(value)) return value.addr;
  return String(value);
}

function isScalarLike(value: unknown): boolean {
  return !isRecord(value) || isIpAddr(value);
}

function fieldLines(key: string, value: unknown, depth: number, nameOf: RefNamer): string[] {
  const pad = INDENT.repeat(depth);
  if (value === undefined || value === null) return [];
  if (typeof value === 'boolean') return [`${pad}${value ? key : `no ${key}`}`];
  if (Array.isArray(value)) {
    return value.flatMap((item) =>
      isScalarLike(item) ? [`${pad}${key} ${scalar(key, item, nameOf)}`] : [`${pad}${key}`, ...objectLines(item as Json, depth + 1, nameOf), `${pad}${INDENT}save`],
    );
  }
  if (isRecord(value) && !isIpAddr(value)) {
    const inner = objectLines(value, depth + 1, nameOf);
    return inner.length === 0 ? [] : [`${pad}${key}`, ...inner, `${pad}${INDENT}save`];
  }
  return [`${pad}${key} ${scalar(key, value, nameOf)}`];
}

function objectLines(object: Json, depth: number, nameOf: RefNamer, skip: ReadonlySet<string> = new Set()): string[] {
  return Object.entries(object).flatMap(([key, value]) => (skip.has(key) ? [] : fieldLines(key, value, depth, nameOf)));
}

/** Lines that turn `before` into `after`: changed fields only; a changed list is cleared and entered again. */
function changeLines(before: Json, after: Json, depth: number, nameOf: RefNamer, skip: ReadonlySet<string> = new Set()): string[] {
  const pad = INDENT.repeat(depth);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !skip.has(key));
  return keys.flatMap((key) => {
    const was = before[key];
    const now = after[key];
    if (jsonEqual(was, now)) return [];
    if (now === undefined) return [`${pad}no ${key}`];
    if (isRecord(now) && !isIpAddr(now) && isRecord(was)) {
      const inner = changeLines(was, now, depth + 1, nameOf);
      return inner.length === 0 ? [] : [`${pad}${key}`, ...inner, `${pad}${INDENT}save`];
    }
    if (Array.isArray(now) && Array.isArray(was) && was.length > 0) return [`${pad}no ${key}`, ...fieldLines(key, now, depth, nameOf)];
    return fieldLines(key, now, depth, nameOf);
  });
}

export function cliForCreate(type: string, body: Json, nameOf: RefNamer): string[] {
  return [`configure ${type} ${word(String(body.name))}`, ...objectLines(body, 1, nameOf, SKIPPED), `${INDENT}save`];
}

export function cliForUpdate(type: string, before: Json, after: Json, nameOf: RefNamer): string[] {
  const lines = [`configure ${type} ${word(String(before.name))}`];
  if (before.name !== after.name) lines.push(`${INDENT}name ${word(String(after.name))}`);
  return [...lines, ...changeLines(before, after, 1, nameOf, SKIPPED), `${INDENT}save`];
}

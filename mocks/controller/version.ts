import { CONTROLLER_API_VERSION, compareVersions } from '@/domain/api-version';
import { HttpError, isPlainObject, type JsonObject } from './types';

/** What the mock reports as its version (`/login`, `/api/initial-data`, `/api/cluster/version`). */
export const controllerVersion = {
  Version: CONTROLLER_API_VERSION,
  build: 9150,
  Tag: `${CONTROLLER_API_VERSION}-9150-20191112.041719`,
  ProductName: 'Avi Cloud Controller',
  min_version: 15.2,
  Product: 'controller',
  Date: '2019-11-12T04:17:19+00:00',
} as const;

/**
 * A request without `X-Avi-Version` is answered in the controller's default API version. Real controllers
 * answer such requests with `AVI_API_VERSION: 16_4_2` and leave out fields introduced after it.
 */
export const DEFAULT_REQUEST_VERSION = '16.4.2';
const MIN_VERSION = '15.2';

export interface RequestVersion {
  /** The version the request is served in. */
  version: string;
  /** The value of the `AVI_API_VERSION` response header. */
  header: string;
  /** True when the request's version is the controller's own: nothing to translate. */
  current: boolean;
}

const VERSION_SYNTAX = /^\d{1,3}(?:\.\d{1,3}){1,3}$/;

const parsedVersions = new Map<string, RequestVersion>();

/** Parses `X-Avi-Version` (cached: clients send the same few values over and over). */
export function parseRequestVersion(raw: string | null): RequestVersion {
  const key = raw ?? '';
  const hit = parsedVersions.get(key);
  if (hit) return hit;
  const parsed = parseVersionUncached(raw);
  if (parsedVersions.size > 100) parsedVersions.clear();
  parsedVersions.set(key, parsed);
  return parsed;
}

function parseVersionUncached(raw: string | null): RequestVersion {
  if (raw === null || raw.trim() === '') {
    return { version: DEFAULT_REQUEST_VERSION, header: DEFAULT_REQUEST_VERSION.replace(/\./g, '_'), current: false };
  }
  const value = raw.trim();
  if (!VERSION_SYNTAX.test(value)) {
    throw new HttpError(400, `Invalid X-Avi-Version "${value.slice(0, 40)}": expected a version such as ${CONTROLLER_API_VERSION}.`);
  }
  if (compareVersions(value, CONTROLLER_API_VERSION) > 0) {
    throw new HttpError(
      400,
      `API version ${value} is not supported: this controller runs ${CONTROLLER_API_VERSION} and accepts X-Avi-Version up to ${CONTROLLER_API_VERSION}.`,
    );
  }
  if (compareVersions(value, MIN_VERSION) < 0) {
    throw new HttpError(400, `API version ${value} is not supported: the oldest API version this controller accepts is ${MIN_VERSION}.`);
  }
  return { version: value, header: value, current: compareVersions(value, CONTROLLER_API_VERSION) === 0 };
}

interface FieldIntro {
  path: string[];
  versions: string[];
}

/**
 * When each field was introduced (`field-versions.ts`), loaded on the first request in an older API version:
 * the console always speaks the current one, so the browser demo never downloads the table.
 */
let fieldVersionTable: Record<string, string> | undefined;

/** Loads the field table; the controller awaits it before serving a request in an older API version. */
export async function loadFieldVersions(): Promise<void> {
  fieldVersionTable ??= (await import('./field-versions')).fieldVersionTable;
}

const parsedTable = new Map<string, FieldIntro[]>();
function introsFor(type: string): FieldIntro[] {
  let intros = parsedTable.get(type);
  if (!intros) {
    if (!fieldVersionTable) throw new Error('mock controller: the field version table is not loaded (await loadFieldVersions() first).');
    const raw = fieldVersionTable[type] ?? '';
    intros = raw
      ? raw.split(';').map((entry) => {
          const [path, versions] = entry.split('@') as [string, string];
          return { path: path.split('.'), versions: versions.split('|') };
        })
      : [];
    parsedTable.set(type, intros);
  }
  return intros;
}

function branch(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** Whether a field introduced in `versions` (one per release branch) exists in API version `requested`. */
export function fieldExistsIn(versions: readonly string[], requested: string): boolean {
  const sameBranch = versions.find((v) => branch(v) === branch(requested));
  if (sameBranch) return compareVersions(requested, sameBranch) >= 0;
  return versions.some((v) => compareVersions(branch(v), branch(requested)) < 0);
}

function introducedIn(versions: readonly string[], requested: string): string {
  const sameBranch = versions.find((v) => branch(v) === branch(requested));
  if (sameBranch) return sameBranch;
  return [...versions].sort(compareVersions).find((v) => compareVersions(v, requested) > 0) ?? versions[0]!;
}

const underscored = (version: string): string => `v${version.replace(/\./g, '_')}`;

/** Calls `visit(parent, key)` for every place `path` (with `[]` list steps) reaches in `value`. */
function walkPath(value: unknown, path: readonly string[], visit: (parent: JsonObject, key: string) => void): void {
  if (!isPlainObject(value) || path.length === 0) return;
  const [head, ...rest] = path as [string, ...string[]];
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  if (!Object.hasOwn(value, key)) return;
  if (rest.length === 0) {
    visit(value, key);
    return;
  }
  const child = value[key];
  if (list) {
    if (Array.isArray(child)) for (const item of child) walkPath(item, rest, visit);
  } else {
    walkPath(child, rest, visit);
  }
}

/** 400 like the real controller when a request body carries a field newer than its API version. */
export function assertNoFieldsAfter(type: string, body: unknown, requested: RequestVersion): void {
  if (requested.current) return;
  for (const intro of introsFor(type)) {
    if (fieldExistsIn(intro.versions, requested.version)) continue;
    walkPath(body, intro.path, (_parent, key) => {
      throw new HttpError(
        400,
        `Incoming request (${underscored(requested.version)}) has field (${key}) introduced in later versions(${underscored(introducedIn(intro.versions, requested.version))}).`,
      );
    });
  }
}

/** Removes, in place, the fields a response in an older API version does not have. */
export function stripFieldsAfter(type: string, output: JsonObject, requested: RequestVersion): void {
  if (requested.current) return;
  for (const intro of introsFor(type)) {
    if (fieldExistsIn(intro.versions, requested.version)) continue;
    walkPath(output, intro.path, (parent, key) => {
      delete parent[key];
    });
  }
}

/**
 * A PUT in an older API version cannot mention fields it does not know: keep their stored values
 * instead of resetting them (top-level and nested-object fields; list entries are replaced as sent).
 */
export function carryOverFieldsAfter(type: string, existing: Readonly<JsonObject>, candidate: JsonObject, requested: RequestVersion): void {
  if (requested.current) return;
  for (const intro of introsFor(type)) {
    if (fieldExistsIn(intro.versions, requested.version) || intro.path.some((p) => p.endsWith('[]'))) continue;
    let source: unknown = existing;
    let target: JsonObject = candidate;
    const steps = intro.path;
    for (let i = 0; i < steps.length - 1; i += 1) {
      source = isPlainObject(source) ? source[steps[i]!] : undefined;
      const next = target[steps[i]!];
      if (!isPlainObject(source) || !isPlainObject(next)) {
        source = undefined;
        break;
      }
      target = next;
    }
    const last = steps[steps.length - 1]!;
    if (isPlainObject(source) && Object.hasOwn(source, last)) target[last] = source[last];
  }
}

import { isObjectType, type ObjectType } from '@/domain/model/object-type-names';
import { FaultList, type Fault } from './faults';
import { errorParts, jsonParts, parseCookieHeader, serializeCookie, toResponse, type ResponseParts } from './http';
import { concatBytes, encodeText, presentBytes, presentKey, type PresentOptions } from './present';
import { filtersByField, parseFields, parseListQuery, isTrue, selectRecords } from './query';
import { loadSchemas } from './schemas';
import { findTenantByName } from './refs';
import { buildSeed, isSeedName, seedNames, type SeedName } from '../seeds';
import { SessionManager, type Session } from './sessions';
import { ADMIN_TENANT, Store, type SerializedStore } from './store';
import { HttpError, isPlainObject, type JsonObject, type StoredRecord } from './types';
import { findUser, userByName, type MockUser } from './users';
import { readBodyText, readJsonObject } from './validation';
import { controllerVersion, loadFieldVersions, parseRequestVersion, type RequestVersion } from './version';
import { createObject, deleteObject, patchObject, replaceObject, visibleRecord, type WriteContext, type WriteResult } from './writes';

export interface MockControllerOptions {
  /** Data to start with (default `default`). */
  seed?: SeedName;
  /** Idle timeout of login sessions (default 900 s = 15 min). */
  sessionTtlSeconds?: number;
  /** Clock (ms since the epoch); tests inject one to expire sessions without waiting. */
  now?: () => number;
  /** URL prefix the controller is served under (the demo's `BASE_URL`), e.g. `/demo`. */
  basePath?: string;
}

/** Per-request extras from the runtime adapter (the browser demo reads and writes cookies itself). */
export interface HandleExtras {
  /** Cookies the runtime knows about besides the `Cookie` header (the browser's `document.cookie`). */
  cookies?: Record<string, string>;
  /** Receives the `Set-Cookie` values of the response (browsers drop them from synthesised responses). */
  onSetCookie?: (cookies: string[]) => void;
  /**
   * The caller writes the response from its parts (`rawResponseOf`), as the standalone server does: the
   * returned `Response` then has no body stream.
   */
  rawOnly?: boolean;
}

export const DEFAULT_SESSION_TTL_SECONDS = 15 * 60;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_COOKIE_MAX_AGE = 86400;
const CSRF_COOKIE_MAX_AGE = 31449600;
const CONTROL_PREFIX = '/__mock__';
const COMMA = new TextEncoder().encode(',');

interface RequestContext {
  headers: Record<string, string>;
  origin: string;
  /** The base path the request came under (`/demo`), or empty. */
  prefix: string;
  cookies: Record<string, string>;
  extras: HandleExtras;
}

interface ApiContext extends RequestContext {
  session: Session;
  user: MockUser;
  version: RequestVersion;
  tenant: StoredRecord;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The mock Avi controller: an in-memory store behind the controller's REST API. Runtime-agnostic: it
 * takes a Fetch `Request` and returns a `Response`; MSW handlers (browser, Node) and the standalone HTTP
 * server all feed it.
 */
export class MockController {
  store = new Store();
  readonly sessions: SessionManager;
  readonly faults = new FaultList();
  readonly now: () => number;
  readonly basePath: string;
  /** Called after every committed change of the store (the browser demo persists it). */
  onStoreChange: (() => void) | undefined;

  constructor(options: Omit<MockControllerOptions, 'seed'> = {}) {
    this.now = options.now ?? (() => Date.now());
    this.sessions = new SessionManager(this.now, options.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS);
    this.basePath = (options.basePath ?? '').replace(/\/+$/, '');
  }

  /** A controller loaded with a seed. */
  static async create(options: MockControllerOptions = {}): Promise<MockController> {
    const controller = new MockController(options);
    await controller.reset(options.seed ?? 'default');
    return controller;
  }

  /** Replaces all objects with a seed's. Sessions and faults are kept unless asked otherwise. */
  async reset(seed: SeedName = 'default'): Promise<void> {
    const store = new Store();
    await buildSeed(seed, store, this.now());
    this.store = store;
    this.onStoreChange?.();
  }

  /** The store serialised: what the browser demo persists, and what tests compare byte for byte. */
  snapshot(): string {
    return JSON.stringify(this.store.serialize());
  }

  exportStore(): SerializedStore {
    return this.store.serialize();
  }

  /** Loads a serialised store; returns false (changing nothing) when it is malformed. */
  importStore(serialized: unknown): boolean {
    const store = new Store();
    if (!store.load(serialized)) return false;
    this.store = store;
    return true;
  }

  /** Whether a URL is one the controller answers (`/login`, `/logout`, `/api/...`, `/__mock__/...`). */
  matches(url: string): boolean {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return false;
    }
    if (this.basePath && path.startsWith(`${this.basePath}/`)) path = path.slice(this.basePath.length);
    return /^\/(?:login\/?$|logout\/?$|api(?:\/|$)|__mock__(?:\/|$))/.test(path);
  }

  async handle(request: Request, extras: HandleExtras = {}): Promise<Response> {
    const rc: RequestContext = {
      headers: { 'Cache-Control': 'private, no-cache, must-revalidate' },
      origin: '',
      prefix: '',
      cookies: {},
      extras,
    };
    let parts: ResponseParts;
    try {
      parts = await this.route(request, rc);
    } catch (error) {
      if (error instanceof HttpError) {
        parts = error.raw ? { status: error.status, body: error.message } : errorParts(error.status, error.message);
        parts.headers = { ...error.headers };
      } else {
        console.error('mock controller: unexpected error', error);
        parts = errorParts(500, `Internal error in the mock controller: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    parts.headers = { ...rc.headers, ...parts.headers };
    if (parts.cookies?.length) extras.onSetCookie?.(parts.cookies);
    return toResponse(parts, extras.rawOnly === true);
  }

  private async route(request: Request, rc: RequestContext): Promise<ResponseParts> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      throw new HttpError(400, 'Malformed request URL.');
    }
    rc.origin = url.origin;
    let path = url.pathname;
    if (this.basePath && path.startsWith(`${this.basePath}/`)) {
      path = path.slice(this.basePath.length);
      rc.prefix = this.basePath;
    }
    const method = request.method.toUpperCase();
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) return this.control(method, path, request);

    const fault = this.faults.take(method, path + url.search);
    if (fault) {
      if (fault.delayMs > 0) await sleep(fault.delayMs);
      if (fault.status !== undefined) return faultResponse(fault);
    }

    let version: RequestVersion;
    try {
      version = parseRequestVersion(request.headers.get('x-avi-version'));
    } catch (error) {
      rc.headers.AVI_API_VERSION = parseRequestVersion(null).header;
      throw error;
    }
    rc.headers.AVI_API_VERSION = version.header;
    if (!version.current) await loadFieldVersions();
    rc.cookies = Object.assign(parseCookieHeader(request.headers.get('cookie')), rc.extras.cookies ?? {});

    if (path === '/login' || path === '/login/') {
      if (method !== 'POST') throw methodNotAllowed('POST');
      return this.login(request, rc);
    }
    if (path === '/logout' || path === '/logout/') {
      if (method !== 'POST') throw methodNotAllowed('POST');
      return this.logout(request, rc);
    }
    if (path === '/api/initial-data' || path === '/api/initial-data/') {
      if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET');
      return jsonParts(200, this.initialData());
    }
    if (path === '/api' || path.startsWith('/api/')) {
      if ((method !== 'GET' && method !== 'HEAD') || filtersByField(url.searchParams)) await loadSchemas();
      return this.api(request, rc, path, method, version, url);
    }
    throw new HttpError(404, `Not found: ${path.slice(0, 100)}`);
  }

  // --- authentication -------------------------------------------------------------------------

  private async login(request: Request, rc: RequestContext): Promise<ResponseParts> {
    const text = await readBodyText(request);
    const contentType = request.headers.get('content-type') ?? '';
    let username: unknown;
    let password: unknown;
    if (contentType.includes('json') || text.trimStart().startsWith('{')) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'Malformed JSON in the login request: send {"username": "...", "password": "..."}.');
      }
      if (isPlainObject(body)) ({ username, password } = body);
    } else {
      const form = new URLSearchParams(text);
      username = form.get('username') ?? undefined;
      password = form.get('password') ?? undefined;
    }
    const user = typeof username === 'string' && typeof password === 'string' ? findUser(username, password) : undefined;
    if (!user) throw new HttpError(401, 'Invalid credentials');
    const session = this.sessions.create(user.username);
    const now = this.now();
    const cookies = [
      serializeCookie('csrftoken', session.csrf, { maxAge: CSRF_COOKIE_MAX_AGE, httpOnly: false, now }),
      serializeCookie('avi-sessionid', session.id, { maxAge: SESSION_COOKIE_MAX_AGE, httpOnly: true, now }),
      serializeCookie('sessionid', session.id, { maxAge: SESSION_COOKIE_MAX_AGE, httpOnly: true, now }),
    ];
    return { ...jsonParts(200, this.loginBody(user, rc.origin)), cookies };
  }

  private async logout(request: Request, rc: RequestContext): Promise<ResponseParts> {
    const id = rc.cookies['avi-sessionid'] ?? rc.cookies.sessionid;
    const lookup = this.sessions.lookup(id);
    if (lookup.state === 'valid') {
      this.requireCsrf(request, rc, lookup.session);
      this.sessions.delete(lookup.session.id);
    }
    await request.text().catch(() => '');
    const expired = 'expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Max-Age=0; Path=/';
    return { ...jsonParts(200, {}), cookies: [`avi-sessionid=; ${expired}`, `sessionid=; ${expired}`] };
  }

  private requireSession(rc: RequestContext): Session {
    const lookup = this.sessions.lookup(rc.cookies['avi-sessionid'] ?? rc.cookies.sessionid);
    if (lookup.state === 'valid') return lookup.session;
    if (lookup.state === 'expired') throw new HttpError(401, 'Your session has expired. Log in again.');
    throw new HttpError(401, 'Authentication credentials were not provided. Log in first (POST /login).');
  }

  private requireCsrf(request: Request, rc: RequestContext, session: Session): void {
    const header = request.headers.get('x-csrftoken');
    const cookie = rc.cookies.csrftoken;
    if (!header || !cookie || header !== cookie || cookie !== session.csrf) {
      throw new HttpError(401, 'CSRF token missing or incorrect.', { raw: true });
    }
  }

  private resolveTenant(request: Request): StoredRecord {
    const byUuid = request.headers.get('x-avi-tenant-uuid')?.trim();
    const byName = request.headers.get('x-avi-tenant')?.trim();
    if (byUuid) {
      const tenant = this.store.get(byUuid);
      if (tenant?.type !== 'tenant') throw new HttpError(400, `Tenant with uuid "${byUuid.slice(0, 80)}" does not exist (X-Avi-Tenant-UUID).`);
      return tenant;
    }
    if (byName) {
      const tenant = findTenantByName(this.store, byName);
      if (!tenant) throw new HttpError(400, `Tenant "${byName.slice(0, 80)}" does not exist (X-Avi-Tenant).`);
      return tenant;
    }
    const admin = this.store.get(ADMIN_TENANT);
    if (!admin) throw new HttpError(400, 'Tenant "admin" does not exist.');
    return admin;
  }

  // --- /api -------------------------------------------------------------------------------------

  private async api(request: Request, rc: RequestContext, path: string, method: string, version: RequestVersion, url: URL): Promise<ResponseParts> {
    const session = this.requireSession(rc);
    if (WRITE_METHODS.has(method)) this.requireCsrf(request, rc, session);
    const user = userByName(session.username);
    if (!user) throw new HttpError(401, 'Authentication credentials were not provided.');
    const tenant = this.resolveTenant(request);
    const ctx: ApiContext = { ...rc, session, user, version, tenant };

    const segments = path.split('/').slice(2);
    if (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
    let decoded: string[];
    try {
      decoded = segments.map((s) => decodeURIComponent(s));
    } catch {
      throw new HttpError(404, 'Not found: the path is not valid.');
    }
    const [first, second, ...rest] = decoded;
    const read = method === 'GET' || method === 'HEAD';

    if (first === 'cluster' && rest.length === 0 && (second === undefined || second === 'version' || second === 'status')) {
      if (!read) throw methodNotAllowed('GET');
      if (second === 'version') return jsonParts(200, { ...controllerVersion });
      if (second === 'status') return jsonParts(200, this.clusterStatus());
      return jsonParts(200, { uuid: 'cluster-0', name: 'cluster-0', url: `${rc.origin}/api/cluster`, nodes: [{ name: 'node-1', ip: { addr: '127.0.0.1', type: 'V4' } }] });
    }
    if (first === 'systemconfiguration' && second === undefined) {
      if (!read) throw methodNotAllowed('GET');
      return jsonParts(200, this.systemConfiguration(rc.origin, false));
    }
    if (first === undefined || !isObjectType(first)) {
      throw new HttpError(404, `Not found: /api/${(first ?? '').slice(0, 60)} is not an object type this controller serves.`);
    }
    const type: ObjectType = first;
    if (rest.length > 0) throw new HttpError(404, `Not found: ${path.slice(0, 120)}`);

    if (second === undefined) {
      if (read) return this.list(ctx, type, url);
      if (method !== 'POST') throw methodNotAllowed('GET, POST');
      this.assertCanWrite(ctx);
      const body = await readJsonObject(request);
      const slug = request.headers.get('slug') ?? undefined;
      const result = createObject(this.writeContext(ctx), type, body, slug);
      return this.committed(ctx, result, 201);
    }
    const uuid = second;
    switch (method) {
      case 'GET':
      case 'HEAD': {
        const record = visibleRecord({ store: this.store, tenant: tenant.uuid }, type, uuid);
        const options = this.presentOptions(ctx, isTrue(url.searchParams.get('include_name')), parseFields(url.searchParams));
        return { status: 200, bytes: presentBytes(record, this.store, options) };
      }
      case 'PUT':
        this.assertCanWrite(ctx);
        return this.committed(ctx, replaceObject(this.writeContext(ctx), type, uuid, await readJsonObject(request)), 200);
      case 'PATCH':
        this.assertCanWrite(ctx);
        return this.committed(ctx, patchObject(this.writeContext(ctx), type, uuid, await readJsonObject(request)), 200);
      case 'DELETE':
        this.assertCanWrite(ctx);
        await request.text().catch(() => '');
        return this.committed(ctx, deleteObject(this.writeContext(ctx), type, uuid), 204);
      default:
        throw methodNotAllowed('GET, PUT, PATCH, DELETE');
    }
  }

  private assertCanWrite(ctx: ApiContext): void {
    if (ctx.user.readOnly) {
      throw new HttpError(
        403,
        `User "${ctx.user.username}" has read-only access (role ${ctx.user.role}): objects cannot be created, changed or deleted.`,
      );
    }
  }

  private writeContext(ctx: ApiContext): WriteContext {
    return { store: this.store, tenant: ctx.tenant.uuid, tenantName: String(ctx.tenant.data.name), now: this.now(), version: ctx.version };
  }

  private presentOptions(ctx: ApiContext, includeName: boolean, fields: Set<string> | undefined): PresentOptions {
    return { origin: ctx.origin, includeName, version: ctx.version, fields };
  }

  private committed(ctx: ApiContext, result: WriteResult, status: 200 | 201 | 204): ResponseParts {
    this.store.commit(result.changes);
    this.onStoreChange?.();
    if (status === 204 || !result.primary) return { status: 204 };
    const options = this.presentOptions(ctx, true, undefined);
    const bytes = presentBytes(result.primary, this.store, options);
    const headers: Record<string, string> = {};
    if (status === 201) {
      headers.Location = `${ctx.origin}/api/${result.primary.type}/${result.primary.uuid}#${String(result.primary.data.name)}`;
    }
    return { status, bytes, headers };
  }

  /** Recent list bodies: repeated list requests (dashboards, benchmarks) reuse them until the store changes. */
  private readonly listCache = new Map<string, { store: Store; generation: number; names: number; bytes: Uint8Array<ArrayBuffer> }>();

  private list(ctx: ApiContext, type: ObjectType, url: URL): ResponseParts {
    const key = `${type}\u0000${ctx.tenant.uuid}\u0000${url.search}\u0000${ctx.origin}\u0000${ctx.prefix}\u0000${ctx.version.header}`;
    const hit = this.listCache.get(key);
    if (hit && hit.store === this.store && hit.generation === this.store.generation && hit.names === this.store.namesGeneration) {
      return { status: 200, bytes: hit.bytes };
    }
    const bytes = this.listUncached(ctx, type, url);
    if (this.listCache.size >= 200) this.listCache.clear();
    this.listCache.set(key, { store: this.store, generation: this.store.generation, names: this.store.namesGeneration, bytes });
    return { status: 200, bytes };
  }

  private listUncached(ctx: ApiContext, type: ObjectType, url: URL): Uint8Array<ArrayBuffer> {
    const query = parseListQuery(url.searchParams);
    const records = selectRecords(this.store, type, ctx.tenant.uuid, url.searchParams);
    const start = (query.page - 1) * query.pageSize;
    const page = records.slice(start, start + query.pageSize);
    const options = this.presentOptions(ctx, query.includeName, query.fields);
    const key = presentKey(this.store, options);
    const chunks: Uint8Array[] = [encodeText(`{"count":${records.length},"results":[`)];
    page.forEach((record, i) => {
      if (i > 0) chunks.push(COMMA);
      chunks.push(presentBytes(record, this.store, options, key));
    });
    let next = '';
    if (start + query.pageSize < records.length) {
      const params = new URLSearchParams(url.searchParams);
      params.set('page', String(query.page + 1));
      next = `,"next":${JSON.stringify(`${ctx.origin}${ctx.prefix}/api/${type}?${params.toString()}`)}`;
    }
    chunks.push(encodeText(`]${next}}`));
    return concatBytes(chunks);
  }

  // --- bodies -----------------------------------------------------------------------------------

  private tenantsFor(origin: string): JsonObject[] {
    return [...this.store.ownedBy('tenant', ADMIN_TENANT)].map((t) => ({
      url: `${origin}/api/tenant/${t.uuid}`,
      uuid: t.uuid,
      name: t.data.name,
      local: t.data.local ?? true,
    }));
  }

  private loginBody(user: MockUser, origin: string): JsonObject {
    const adminTenant = `${origin}/api/tenant/${ADMIN_TENANT}`;
    return {
      user_initialized: true,
      version: { ...controllerVersion },
      user: {
        is_superuser: user.superuser,
        default_tenant_ref: adminTenant,
        name: user.username,
        username: user.username,
        full_name: user.fullName,
        email: user.email,
        local: true,
        uuid: `user-${user.username}`,
        ui_property: '{}',
        access: [
          {
            role_ref: `${origin}/api/role/role-${user.role.toLowerCase()}#${user.role}`,
            tenant_ref: `${adminTenant}#admin`,
            all_tenants: true,
          },
        ],
      },
      tenants: this.tenantsFor(origin),
      system_config: this.systemConfiguration(origin, true),
      controller: { api_idle_timeout: Math.max(1, Math.ceil(this.sessions.ttlSeconds / 60)) },
      session_cookie_name: 'avi-sessionid',
    };
  }

  private systemConfiguration(origin: string, relativeUrl: boolean): JsonObject {
    return {
      url: relativeUrl ? '/api/systemconfiguration' : `${origin}/api/systemconfiguration`,
      uuid: 'default',
      _last_modified: '1573532239000000',
      dns_configuration: { search_domain: '' },
      portal_configuration: {
        enable_https: true,
        redirect_to_https: true,
        enable_http: true,
        use_uuid_from_input: false,
        enable_clickjacking_protection: true,
        allow_basic_authentication: false,
        password_strength_check: false,
        disable_remote_cli_shell: false,
        disable_swagger: false,
        api_force_timeout: 24,
      },
      global_tenant_config: { tenant_vrf: false, se_in_provider_context: true, tenant_access_to_provider_se: true },
      default_license_tier: 'ENTERPRISE',
      docker_mode: false,
      welcome_workflow_complete: true,
      fips_mode: false,
    };
  }

  private initialData(): JsonObject {
    return {
      version: { ...controllerVersion },
      current_time: new Date(this.now()).toISOString(),
      setup_failed: false,
      user_initial_setup: false,
      email_configuration_is_set: true,
      sso: false,
      sso_logged_in: false,
      banner: '',
      error_message: '',
    };
  }

  private clusterStatus(): JsonObject {
    return {
      cluster_state: { state: 'CLUSTER_UP_NO_HA', progress: 100, up_since: new Date(this.now()).toISOString() },
      node_states: [{ name: 'node-1', state: 'CLUSTER_ACTIVE', role: 'CLUSTER_LEADER', up_since: new Date(this.now()).toISOString() }],
    };
  }

  // --- control API (mock only) ------------------------------------------------------------------

  private async control(method: string, path: string, request: Request): Promise<ResponseParts> {
    const route = path.replace(/\/+$/, '') || CONTROL_PREFIX;
    const readBody = async (): Promise<JsonObject> => {
      const text = await readBodyText(request);
      if (text.trim() === '') return {};
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'Malformed JSON in the request body.');
      }
      if (!isPlainObject(value)) throw new HttpError(400, 'The request body must be a JSON object.');
      return value;
    };
    switch (`${method} ${route}`) {
      case `GET ${CONTROL_PREFIX}`:
        return jsonParts(200, {
          description: 'Mock Avi controller control API (exists only in the mock).',
          endpoints: {
            'POST /__mock__/reset': '{"seed": "default" | "large", "clearSessions": false} — restore a seed',
            'GET /__mock__/faults': 'list injected faults',
            'POST /__mock__/faults': '{"method", "path" (regex), "status", "body", "times", "delayMs"} — inject a fault',
            'DELETE /__mock__/faults': 'remove all faults',
            'POST /__mock__/sessions/expire': 'expire every login session',
            'GET /__mock__/state': 'seed, object counts, sessions, faults',
            'GET /__mock__/snapshot': 'the whole store, serialised',
          },
          seeds: seedNames,
        });
      case `POST ${CONTROL_PREFIX}/reset`: {
        const body = await readBody();
        const seed = body.seed ?? 'default';
        if (typeof seed !== 'string' || !isSeedName(seed)) throw new HttpError(400, `Unknown seed ${JSON.stringify(seed)}: use one of ${seedNames.join(', ')}.`);
        await this.reset(seed);
        this.faults.clear();
        if (body.clearSessions === true) this.sessions.expireAll();
        return jsonParts(200, { seed, objects: this.store.size });
      }
      case `GET ${CONTROL_PREFIX}/faults`:
        return jsonParts(200, { faults: this.faults.list() });
      case `POST ${CONTROL_PREFIX}/faults`:
        return jsonParts(201, this.faults.add(await readBody()));
      case `DELETE ${CONTROL_PREFIX}/faults`:
        this.faults.clear();
        return { status: 204 };
      case `POST ${CONTROL_PREFIX}/sessions/expire`:
        return jsonParts(200, { expired: this.sessions.expireAll() });
      case `GET ${CONTROL_PREFIX}/state`: {
        const counts: Record<string, number> = {};
        for (const record of this.store.all()) counts[record.type] = (counts[record.type] ?? 0) + 1;
        return jsonParts(200, { seed: this.store.seed, objects: this.store.size, counts, sessions: this.sessions.count, faults: this.faults.list().length, version: controllerVersion.Version });
      }
      case `GET ${CONTROL_PREFIX}/snapshot`:
        return { status: 200, body: this.snapshot() };
      default:
        throw new HttpError(404, `Unknown control endpoint ${method} ${route}. GET ${CONTROL_PREFIX} lists them.`);
    }
  }
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, `Method not allowed. Allowed: ${allow}.`, { headers: { Allow: allow } });
}

function faultResponse(fault: Fault): ResponseParts {
  if (fault.body === undefined) return errorParts(fault.status!, `Injected fault (mock controller fault #${fault.id}).`);
  if (typeof fault.body === 'string') return { status: fault.status!, body: fault.body, contentType: 'text/plain; charset=utf-8' };
  return jsonParts(fault.status!, fault.body);
}


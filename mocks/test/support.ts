import { setupServer } from 'msw/node';
import { MockController } from '../controller/controller';
import { createHandlers } from '../controller/handlers';
import { startMockControllerServer } from '../server/server';
import { CookieJar } from '../shared/cookie-jar';

export const API_VERSION = '17.2.15';
export const T0 = Date.UTC(2024, 0, 15, 9, 0, 0);

/** A controllable clock: sessions expire by advancing it, never by sleeping. */
export class TestClock {
  t = T0;
  now = (): number => this.t;
  advance(seconds: number): void {
    this.t += seconds * 1000;
  }
}

/** How the contract suite reaches a controller: over real HTTP, or through msw/node. */
export interface Transport {
  name: string;
  baseUrl: string;
  controller: () => MockController;
  clock: TestClock;
  close: () => Promise<void>;
}

export async function serverTransport(): Promise<Transport> {
  const clock = new TestClock();
  const server = await startMockControllerServer({ port: 0, host: '127.0.0.1', now: clock.now });
  return { name: 'standalone server', baseUrl: server.url, controller: () => server.controller, clock, close: () => server.close() };
}

export async function mswTransport(): Promise<Transport> {
  const clock = new TestClock();
  const baseUrl = 'http://avi-controller.test';
  const controller = await MockController.create({ now: clock.now });
  const server = setupServer(...createHandlers(controller, { origin: baseUrl }));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    name: 'msw/node',
    baseUrl,
    controller: () => controller,
    clock,
    close: async () => server.close(),
  };
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (no JSON encoding). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Add X-CSRFToken from the jar on writes (default true). */
  csrf?: boolean;
  /** Override X-Avi-Version; null sends none. */
  version?: string | null;
  tenant?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** A client with its own cookie jar, speaking HTTP like the console does. */
export class Client {
  readonly jar = new CookieJar();

  constructor(readonly transport: Transport) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
    const headers = new Headers(options.headers);
    const version = options.version === undefined ? API_VERSION : options.version;
    if (version !== null && !headers.has('x-avi-version')) headers.set('X-Avi-Version', version);
    if (options.tenant) headers.set('X-Avi-Tenant', options.tenant);
    const cookie = this.jar.header();
    if (cookie && !headers.has('cookie')) headers.set('Cookie', cookie);
    const token = this.jar.get('csrftoken');
    if ((options.csrf ?? true) && token && !['GET', 'HEAD'].includes(method) && !headers.has('x-csrftoken')) headers.set('X-CSRFToken', token);
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      if (!headers.has('content-type')) headers.set('Content-Type', 'application/json');
    }
    const response = await fetch(`${this.transport.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    this.jar.store(response);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  login(username = 'admin', password?: string): Promise<CallResult> {
    const passwords: Record<string, string> = { admin: 'avi123', viewer: 'viewer123' };
    return this.call('POST', '/login', { body: { username, password: password ?? passwords[username] ?? '' } });
  }

  get(path: string, options?: CallOptions) {
    return this.call('GET', path, options);
  }
  post(path: string, body: unknown, options?: CallOptions) {
    return this.call('POST', path, { ...options, body });
  }
  put(path: string, body: unknown, options?: CallOptions) {
    return this.call('PUT', path, { ...options, body });
  }
  patch(path: string, body: unknown, options?: CallOptions) {
    return this.call('PATCH', path, { ...options, body });
  }
  delete(path: string, options?: CallOptions) {
    return this.call('DELETE', path, options);
  }

  /** The uuid of the object of a type with a name, as the tenant sees it. */
  async uuidOf(type: string, name: string, tenant?: string): Promise<string> {
    const res = await this.get(`/api/${type}?name=${encodeURIComponent(name)}`, tenant ? { tenant } : {});
    const uuid = res.json?.results?.[0]?.uuid as string | undefined;
    if (!uuid) throw new Error(`no ${type} named ${name} (${res.status} ${res.text.slice(0, 200)})`);
    return uuid;
  }

  async object(type: string, name: string, tenant?: string): Promise<Record<string, unknown>> {
    const uuid = await this.uuidOf(type, name, tenant);
    return (await this.get(`/api/${type}/${uuid}`, tenant ? { tenant } : {})).json as Record<string, unknown>;
  }
}

/** Strips the origin and `#name` from a ref: `/api/<type>/<uuid>`. */
export function pathOf(ref: unknown): string {
  return String(ref).replace(/^https?:\/\/[^/]+/, '').replace(/#.*$/, '');
}

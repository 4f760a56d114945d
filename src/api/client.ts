import { CONTROLLER_API_VERSION } from '@/domain/api-version';
import type { ObjectType } from '@/domain/model/object-types';
import { ApiError, ControllerUnreachableError, errorMessageFromBody } from './errors';
import type { ListParams, ListResult, LoginResponse, PatchOperation } from './types';

/**
 * The console's only way to talk to the controller. It speaks the real protocol: session and CSRF
 * cookies, `X-CSRFToken` on every write, `X-Avi-Version`, `X-Avi-Tenant`, and `{"error": ...}` bodies.
 * A 401/419 on an API call asks `onUnauthorized` to sign in again, then retries the call once.
 */
export interface ApiClientOptions {
  /** Prefix of `/login`, `/logout` and `/api` (empty: same origin, via the dev server or proxy). */
  baseUrl?: string;
  /** Called when the session expired; resolves true once the user signed in again. */
  onUnauthorized?: () => Promise<boolean>;
  fetchImpl?: typeof fetch;
  readCookie?: (name: string) => string | undefined;
}

export interface RequestOptions {
  query?: ListParams | Record<string, string | number | boolean | string[] | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Do not trigger re-authentication on 401 (used by login itself). */
  skipReauth?: boolean;
}

function readDocumentCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

export function toQueryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly readCookie: (name: string) => string | undefined;
  private onUnauthorized: (() => Promise<boolean>) | undefined;
  private reauthInFlight: Promise<boolean> | undefined;
  /** While set, requests wait for it first (see `holdRequestsUntil`). */
  private hold: Promise<void> | undefined;
  /** The API version sent as `X-Avi-Version`: the controller's own (from login) unless configured. */
  apiVersion: string = CONTROLLER_API_VERSION;
  /** The tenant sent as `X-Avi-Tenant`. */
  tenant = 'admin';

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchImpl = options.fetchImpl ?? ((...args) => fetch(...args));
    this.readCookie = options.readCookie ?? readDocumentCookie;
    this.onUnauthorized = options.onUnauthorized;
  }

  setUnauthorizedHandler(handler: (() => Promise<boolean>) | undefined): void {
    this.onUnauthorized = handler;
  }

  /**
   * Demo mode only (`src/main.tsx`): requests wait until `ready` settles, i.e. the in-browser mock controller
   * has started, so the console renders before the mock has loaded. Whether it started or failed, requests
   * then go out as usual (a failed start shows as an unreachable controller). Never used against a real controller.
   */
  holdRequestsUntil(ready: Promise<unknown>): void {
    const hold = ready.then(
      () => undefined,
      () => undefined,
    );
    this.hold = hold;
    void hold.then(() => {
      if (this.hold === hold) this.hold = undefined;
    });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    try {
      return await this.send<T>(method, path, options);
    } catch (error) {
      if (!(error instanceof ApiError) || !error.isUnauthorized || options.skipReauth || !this.onUnauthorized) throw error;
      const signedIn = await this.reauthenticate();
      if (!signedIn) throw error;
      return this.send<T>(method, path, options);
    }
  }

  private reauthenticate(): Promise<boolean> {
    if (!this.reauthInFlight) {
      this.reauthInFlight = (this.onUnauthorized ?? (() => Promise.resolve(false)))().finally(() => {
        this.reauthInFlight = undefined;
      });
    }
    return this.reauthInFlight;
  }

  private async send<T>(method: string, path: string, options: RequestOptions): Promise<T> {
    if (this.hold) await this.hold;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-Avi-Version': this.apiVersion,
      'X-Avi-Tenant': this.tenant,
      ...options.headers,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (WRITE_METHODS.has(method)) {
      const csrf = this.readCookie('csrftoken');
      if (csrf) headers['X-CSRFToken'] = csrf;
    }
    const url = `${this.baseUrl}${path}${toQueryString(options.query)}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? null : JSON.stringify(options.body),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ControllerUnreachableError(cause);
    }
    const body = await readBody(response);
    if (!response.ok) {
      throw new ApiError({
        status: response.status,
        message: errorMessageFromBody(response.status, response.statusText, body),
        body,
        method,
        path,
      });
    }
    return body as T;
  }

  login(username: string, password: string): Promise<LoginResponse> {
    return this.request<LoginResponse>('POST', '/login', { body: { username, password }, skipReauth: true });
  }

  logout(): Promise<unknown> {
    return this.request('POST', '/logout', { skipReauth: true });
  }

  /** `skipReauth`: a 401 fails the call instead of asking to sign in again (prefetches made before the session is checked). */
  list<T>(type: ObjectType, params: ListParams = {}, signal?: AbortSignal, options: { skipReauth?: boolean } = {}): Promise<ListResult<T>> {
    return this.request<ListResult<T>>('GET', `/api/${type}`, { query: params, ...(signal ? { signal } : {}), ...(options.skipReauth ? { skipReauth: true } : {}) });
  }

  get<T>(type: ObjectType, uuid: string, params: ListParams = {}, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', `/api/${type}/${encodeURIComponent(uuid)}`, { query: params, ...(signal ? { signal } : {}) });
  }

  create<T>(type: ObjectType, body: unknown, options: { slug?: string } = {}): Promise<T> {
    return this.request<T>('POST', `/api/${type}`, { body, ...(options.slug ? { headers: { Slug: options.slug } } : {}) });
  }

  replace<T>(type: ObjectType, uuid: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', `/api/${type}/${encodeURIComponent(uuid)}`, { body });
  }

  patch<T>(type: ObjectType, uuid: string, operation: PatchOperation, changes: Record<string, unknown>): Promise<T> {
    return this.request<T>('PATCH', `/api/${type}/${encodeURIComponent(uuid)}`, { body: { [operation]: changes } });
  }

  remove(type: ObjectType, uuid: string): Promise<unknown> {
    return this.request('DELETE', `/api/${type}/${encodeURIComponent(uuid)}`);
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** The one client the console uses. */
export const apiClient = new ApiClient();

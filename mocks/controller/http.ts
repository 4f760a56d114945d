/** Building the controller's HTTP responses. */

export interface ResponseParts {
  status: number;
  /** A pre-serialised JSON or text body; undefined for none. */
  body?: string | undefined;
  /** The body as UTF-8 bytes (list responses), instead of `body`. */
  bytes?: Uint8Array<ArrayBuffer> | undefined;
  headers?: Record<string, string>;
  /** `Set-Cookie` values, one per cookie. */
  cookies?: string[];
  contentType?: string;
}

/** What a response is made of, kept beside it so a Node server can write it without reading the stream. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  cookies: string[];
  body: string | Uint8Array<ArrayBuffer> | null;
}

const rawResponses = new WeakMap<Response, RawResponse>();

/** The parts of a response the controller built (undefined for any other response). */
export function rawResponseOf(response: Response): RawResponse | undefined {
  return rawResponses.get(response);
}

/**
 * The Fetch `Response` for the parts. With `rawOnly` (the standalone server, which writes the parts
 * itself), the Response carries only the status: building a body stream it would never read is the most
 * expensive part of a list response.
 */
export function toResponse(parts: ResponseParts, rawOnly = false): Response {
  const headers: Record<string, string> = { ...parts.headers };
  headers['Content-Type'] = parts.contentType ?? 'application/json';
  const cookies = parts.cookies ?? [];
  const content = parts.bytes ?? parts.body;
  if (rawOnly) {
    const response = new Response(null, { status: parts.status });
    rawResponses.set(response, { status: parts.status, headers, cookies, body: content ?? null });
    return response;
  }
  const init = new Headers(headers);
  for (const cookie of cookies) init.append('Set-Cookie', cookie);
  const body = parts.status === 204 || parts.status === 304 ? null : (content ?? '');
  const response = new Response(body, { status: parts.status, headers: init });
  rawResponses.set(response, { status: parts.status, headers, cookies, body });
  return response;
}

export function jsonParts(status: number, value: unknown, headers: Record<string, string> = {}): ResponseParts {
  return { status, body: JSON.stringify(value), headers };
}

export function errorParts(status: number, message: string, headers: Record<string, string> = {}): ResponseParts {
  return jsonParts(status, { error: message }, headers);
}

export interface CookieOptions {
  maxAge: number;
  httpOnly: boolean;
  now: number;
}

/** A `Set-Cookie` value in the controller's format (no `Secure`: the mock speaks plain HTTP). */
export function serializeCookie(name: string, value: string, { maxAge, httpOnly, now }: CookieOptions): string {
  const expires = new Date(now + maxAge * 1000).toUTCString();
  return `${name}=${value}; expires=${expires};${httpOnly ? ' HttpOnly;' : ''} Max-Age=${maxAge}; Path=/`;
}

export function parseCookieHeader(header: string | null): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (name === '' || Object.hasOwn(out, name)) continue;
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      value = raw;
    }
    out[name] = value;
  }
  return out;
}

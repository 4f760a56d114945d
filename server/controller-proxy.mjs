// @ts-check
/**
 * Reverse proxy from the console's origin to a real Avi controller, for `/login`, `/logout` and `/api`.
 * One implementation, used by the Vite dev server (`CONTROLLER_URL=... npm start`) and by `npm run serve`.
 *
 * The browser cannot call the controller cross-origin, so the console talks to its own origin and this
 * proxy forwards: it sets Host, Origin and Referer to the controller's (the controller checks Referer on
 * writes, as Django does), and rewrites the controller's cookies so they work on the console's origin
 * (no `Domain`, no `Secure` when the console is served over http).
 */
import http from 'node:http';
import https from 'node:https';

const CONTROLLER_PATH = /^\/(?:login|logout)\/?(?:[?#]|$)|^\/api(?:[/?#]|$)/;

/** Headers that describe one connection and must not be forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

/**
 * Reads `CONTROLLER_URL` and `CONTROLLER_INSECURE` from an environment.
 * @param {Record<string, string | undefined>} env
 * @returns {{ target: URL, insecure: boolean } | undefined}
 */
export function controllerProxyConfig(env) {
  const raw = env.CONTROLLER_URL?.trim();
  if (!raw) return undefined;
  let target;
  try {
    target = new URL(raw);
  } catch {
    throw new Error(`CONTROLLER_URL "${raw}" is not a URL; use for example https://controller.example.com`);
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new Error(`CONTROLLER_URL must start with https:// or http:// (got ${target.protocol})`);
  }
  return { target, insecure: /^(1|true|yes)$/i.test(env.CONTROLLER_INSECURE ?? '') };
}

/** @param {string | undefined} url */
export function isControllerPath(url) {
  return typeof url === 'string' && CONTROLLER_PATH.test(url);
}

/**
 * Makes a controller cookie usable on the console's origin: drops `Domain` (the cookie then belongs to the
 * console's host), and `Secure` unless the console itself is served over https. `SameSite=None` needs
 * `Secure`, so it becomes `Lax` where `Secure` is dropped.
 * @param {string} cookie
 * @param {boolean} consoleIsHttps
 */
export function rewriteSetCookie(cookie, consoleIsHttps) {
  const [pair, ...attributes] = cookie.split(';');
  const kept = [];
  for (const attribute of attributes) {
    const name = attribute.trim().split('=')[0]?.toLowerCase() ?? '';
    if (name === 'domain') continue;
    if (name === 'secure' && !consoleIsHttps) continue;
    if (name === 'samesite' && !consoleIsHttps && /none/i.test(attribute)) {
      kept.push(' SameSite=Lax');
      continue;
    }
    kept.push(attribute);
  }
  return [pair, ...kept].join(';');
}

/**
 * The request headers sent to the controller.
 * @param {http.IncomingHttpHeaders} incoming
 * @param {URL} target
 * @returns {http.OutgoingHttpHeaders}
 */
export function forwardedRequestHeaders(incoming, target) {
  /** @type {http.OutgoingHttpHeaders} */
  const headers = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    headers[name] = value;
  }
  headers.host = target.host;
  if (headers.origin !== undefined) headers.origin = target.origin;
  headers.referer = `${target.origin}/`;
  return headers;
}

/**
 * @param {{ target: URL, insecure: boolean, log?: (line: string) => void }} options
 * @returns {(req: http.IncomingMessage, res: http.ServerResponse) => void}
 */
export function createControllerProxy({ target, insecure, log }) {
  const transport = target.protocol === 'https:' ? https : http;
  const agent =
    target.protocol === 'https:'
      ? new https.Agent({ keepAlive: true, rejectUnauthorized: !insecure })
      : new http.Agent({ keepAlive: true });
  const basePath = target.pathname.replace(/\/$/, '');

  return (req, res) => {
    const consoleIsHttps = Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted) || req.headers['x-forwarded-proto'] === 'https';
    const upstream = transport.request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port || undefined,
        method: req.method,
        path: `${basePath}${req.url ?? '/'}`,
        headers: forwardedRequestHeaders(req.headers, target),
        agent,
        timeout: 120_000,
      },
      (response) => {
        /** @type {http.OutgoingHttpHeaders} */
        const headers = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
          headers[name] = value;
        }
        const cookies = response.headers['set-cookie'];
        if (cookies) headers['set-cookie'] = cookies.map((cookie) => rewriteSetCookie(cookie, consoleIsHttps));
        const location = response.headers.location;
        if (location?.startsWith(target.origin)) headers.location = location.slice(target.origin.length) || '/';
        res.writeHead(response.statusCode ?? 502, headers);
        response.pipe(res);
        log?.(`${req.method} ${req.url} -> ${response.statusCode}`);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('the controller did not answer within 120 s')));
    upstream.on('error', (error) => {
      log?.(`${req.method} ${req.url} -> proxy error: ${error.message}`);
      if (res.headersSent) {
        res.destroy(error);
        return;
      }
      const insecureHint = /self[- ]signed|certificate/i.test(error.message) ? ' Set CONTROLLER_INSECURE=1 to accept its self-signed certificate.' : '';
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `The controller at ${target.origin} could not be reached: ${error.message}.${insecureHint}` }));
    });
    req.pipe(upstream);
  };
}

#!/usr/bin/env node
// @ts-check
/**
 * `npm run serve`: serves the production build (`npm run build`) with the controller proxy.
 *
 *   CONTROLLER_URL=https://controller.example.com [CONTROLLER_INSECURE=1] [PORT=8080] [HOST=127.0.0.1] npm run serve
 *
 * Static files come from `dist/` (or STATIC_DIR); any other GET that accepts HTML gets index.html, so
 * deep links work. `/login`, `/logout` and `/api` go to the controller.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { controllerProxyConfig, createControllerProxy, isControllerPath } from './controller-proxy.mjs';

const root = path.resolve(process.env.STATIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(2);
}

let config;
try {
  config = controllerProxyConfig(process.env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!config) fail('set CONTROLLER_URL to the controller to proxy to, e.g. CONTROLLER_URL=https://controller.example.com npm run serve');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be 0-65535 (got ${process.env.PORT})`);
try {
  await stat(path.join(root, 'index.html'));
} catch {
  fail(`${root}/index.html not found: run "npm run build" first (or set STATIC_DIR)`);
}

const proxy = createControllerProxy({ ...config, ...(process.env.PROXY_LOG ? { log: (line) => process.stdout.write(`${line}\n`) } : {}) });

/** The file under `root` a URL path names, or undefined when it escapes `root` or is not a file. */
async function staticFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return undefined;
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

function sendFile(res, method, found, cacheControl) {
  const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(found.file).toLowerCase())] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': found.size, 'cache-control': cacheControl, ...SECURITY_HEADERS });
  if (method === 'HEAD') res.end();
  else createReadStream(found.file).pipe(res);
}

const server = http.createServer(async (req, res) => {
  const url = req.url ?? '/';
  if (isControllerPath(url)) {
    proxy(req, res);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
    res.end('Method not allowed');
    return;
  }
  const pathname = url.split(/[?#]/)[0] ?? '/';
  const found = pathname === '/' ? undefined : await staticFile(pathname);
  if (found) {
    const immutable = pathname.startsWith('/assets/');
    sendFile(res, req.method, found, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return;
  }
  if (path.extname(pathname) !== '' && pathname !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain', ...SECURITY_HEADERS });
    res.end('Not found');
    return;
  }
  const index = await staticFile('/index.html');
  if (!index) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('index.html is missing');
    return;
  }
  sendFile(res, req.method, index, 'no-cache');
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(
    `Console on http://${host}:${actualPort}/ (static files from ${root}), controller ${config.target.origin}${config.insecure ? ' (certificate not verified)' : ''}\n`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

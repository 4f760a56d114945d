import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { controllerAnswer } from '../controller/adapter';
import { MockController, type MockControllerOptions } from '../controller/controller';
import { rawResponseOf } from '../controller/http';
import { MAX_BODY_BYTES } from '../controller/validation';

export interface MockControllerServerOptions extends MockControllerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Log one line per request to stdout. */
  log?: boolean;
}

export interface MockControllerServer {
  /** `http://host:port` */
  url: string;
  port: number;
  controller: MockController;
  server: Server;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return resolve('too-large');
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(body);
    });
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * The mock controller as a real HTTP server: each request becomes a Fetch `Request` and goes to the controller
 * through the same adapter the MSW handlers wrap in Vitest and the service worker feeds in the browser demo
 * (`controllerAnswer`: one implementation, three runtimes). MSW's own request pipeline (handler matching,
 * request clones, cookie store) is left out here: it cost several times the controller's own time per
 * request. The `Response` is written back, several `Set-Cookie` headers included.
 */
export async function startMockControllerServer(options: MockControllerServerOptions = {}): Promise<MockControllerServer> {
  const host = options.host ?? '127.0.0.1';
  const controller = await MockController.create(options);
  const rawOnly = { rawOnly: true };
  const answer = controllerAnswer(controller, { extras: () => rawOnly });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = options.log ? performance.now() : 0;
    const target = req.url ?? '/';
    if (!target.startsWith('/') || target.startsWith('//')) {
      sendJson(res, 400, 'Malformed request target.');
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 413, `The request body is too large (the limit is ${MAX_BODY_BYTES / (1024 * 1024)} MB).`);
      return;
    }
    let request: Request;
    try {
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i]!;
        if (/^(host|connection|keep-alive|transfer-encoding|content-length|expect|upgrade)$/i.test(name)) continue;
        headers.append(name, req.rawHeaders[i + 1]!);
      }
      const hostHeader = req.headers.host ?? `${host}:${(req.socket.localPort ?? 0).toString()}`;
      request = new Request(`http://${hostHeader}${target}`, {
        method,
        headers,
        ...(body !== undefined && body.length > 0 ? { body } : {}),
      });
    } catch {
      sendJson(res, 400, 'Malformed request: its URL or headers cannot be parsed.');
      return;
    }
    const response = await answer(request);
    if (!response) {
      sendJson(res, 404, `Not found: ${target.slice(0, 100)}`);
      return;
    }
    const outHeaders: Record<string, string | string[]> = {};
    let payload: Buffer | string | Uint8Array;
    // The controller's responses carry their parts: write them without reading the body stream (fast).
    const raw = rawResponseOf(response);
    if (raw) {
      Object.assign(outHeaders, raw.headers);
      if (raw.cookies.length > 0) outHeaders['set-cookie'] = raw.cookies;
      payload = raw.body ?? '';
    } else {
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outHeaders[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) outHeaders['set-cookie'] = cookies;
      payload = Buffer.from(await response.arrayBuffer());
    }
    if (response.status !== 204 && response.status !== 304) {
      outHeaders['content-length'] = String(typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength);
    }
    res.writeHead(response.status, outHeaders);
    res.end(method === 'HEAD' ? undefined : payload);
    if (options.log) console.log(`${method} ${target} ${response.status} ${(performance.now() - started).toFixed(1)}ms`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('mock controller server: unexpected error', error);
      if (!res.headersSent) sendJson(res, 500, 'Internal error in the mock controller server.');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    controller,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

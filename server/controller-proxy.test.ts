import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controllerProxyConfig, createControllerProxy, isControllerPath, rewriteSetCookie } from './controller-proxy.mjs';

describe('which requests go to the controller', () => {
  it.each(['/login', '/login/', '/logout', '/api', '/api/virtualservice?page=2', '/api/tenant/admin'])('proxies %s', (url) => {
    expect(isControllerPath(url)).toBe(true);
  });

  it.each(['/', '/applications/virtual-services', '/assets/index.js', '/apiary', '/login-help', '/mockServiceWorker.js'])('serves %s itself', (url) => {
    expect(isControllerPath(url)).toBe(false);
  });
});

describe('configuration', () => {
  it('is off without CONTROLLER_URL', () => {
    expect(controllerProxyConfig({})).toBeUndefined();
  });

  it('verifies certificates unless CONTROLLER_INSECURE is set', () => {
    expect(controllerProxyConfig({ CONTROLLER_URL: 'https://ctl.example' })).toMatchObject({ insecure: false });
    expect(controllerProxyConfig({ CONTROLLER_URL: 'https://ctl.example', CONTROLLER_INSECURE: '1' })).toMatchObject({ insecure: true });
  });

  it('explains a bad URL', () => {
    expect(() => controllerProxyConfig({ CONTROLLER_URL: 'ctl.example' })).toThrow(/not a URL/);
    expect(() => controllerProxyConfig({ CONTROLLER_URL: 'ftp://ctl.example' })).toThrow(/https:\/\/ or http:\/\//);
  });
});

describe('cookies', () => {
  it('drops Domain and Secure for a console served over http', () => {
    expect(rewriteSetCookie('csrftoken=abc; Domain=ctl.example; Path=/; Secure; SameSite=None', false)).toBe('csrftoken=abc; Path=/; SameSite=Lax');
  });

  it('keeps Secure when the console is served over https', () => {
    expect(rewriteSetCookie('avi-sessionid=x; Domain=.ctl.example; Path=/; Secure; HttpOnly', true)).toBe('avi-sessionid=x; Path=/; Secure; HttpOnly');
  });
});

describe('forwarding', () => {
  let controller: http.Server;
  let front: http.Server;
  let frontUrl = '';
  const seen: { url?: string; host?: string; referer?: string; origin?: string; csrf?: string; body?: string }[] = [];

  beforeAll(async () => {
    controller = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ url: req.url, host: req.headers.host, referer: req.headers.referer, origin: req.headers.origin, csrf: req.headers['x-csrftoken'] as string, body });
        res.writeHead(req.url === '/login' ? 200 : 400, {
          'content-type': 'application/json',
          'set-cookie': ['csrftoken=t1; Domain=controller.test; Path=/; Secure', 'avi-sessionid=s1; Path=/; Secure; HttpOnly'],
        });
        res.end(JSON.stringify(req.url === '/login' ? { ok: true } : { error: 'Refused by the controller.' }));
      });
    });
    await new Promise<void>((resolve) => controller.listen(0, '127.0.0.1', resolve));
    const target = new URL(`http://127.0.0.1:${(controller.address() as AddressInfo).port}`);
    const proxy = createControllerProxy({ target, insecure: false });
    front = http.createServer((req, res) => proxy(req, res));
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    front.closeAllConnections();
    controller.closeAllConnections();
    await new Promise((resolve) => front.close(resolve));
    await new Promise((resolve) => controller.close(resolve));
  });

  it('forwards the body and the CSRF header, as the controller expects Host, Origin and Referer', async () => {
    const response = await fetch(`${frontUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: frontUrl, 'x-csrftoken': 'abc' },
      body: JSON.stringify({ username: 'admin', password: 'x' }),
    });
    expect(response.status).toBe(200);
    const request = seen.at(-1)!;
    const controllerOrigin = `http://${request.host}`;
    expect(request.body).toBe('{"username":"admin","password":"x"}');
    expect(request.csrf).toBe('abc');
    expect(request.origin).toBe(controllerOrigin);
    expect(request.referer).toBe(`${controllerOrigin}/`);
    expect(response.headers.getSetCookie()).toEqual(['csrftoken=t1; Path=/', 'avi-sessionid=s1; Path=/; HttpOnly']);
  });

  it('passes the controller\u2019s errors through unchanged', async () => {
    const response = await fetch(`${frontUrl}/api/virtualservice?page=1`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Refused by the controller.' });
    expect(seen.at(-1)!.url).toBe('/api/virtualservice?page=1');
  });

  it('answers 502 with an {"error"} body when the controller is down', async () => {
    const proxy = createControllerProxy({ target: new URL('http://127.0.0.1:1'), insecure: false });
    const down = http.createServer((req, res) => proxy(req, res));
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(down.address() as AddressInfo).port}/api/tenant`);
    expect(response.status).toBe(502);
    expect((await response.json()).error).toMatch(/could not be reached/);
    down.closeAllConnections();
    await new Promise((resolve) => down.close(resolve));
  });
});

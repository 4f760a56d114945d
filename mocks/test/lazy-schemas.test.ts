import { describe, expect, it, vi } from 'vitest';
import type { MockController } from '../controller/controller';
import type { SerializedStore } from '../controller/store';
import { parseCookieHeader } from '../controller/http';

/** A signed-in admin's calls to `controller` (cookies kept as a browser would). */
async function signedIn(controller: MockController) {
  const cookies: Record<string, string> = {};
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'X-Avi-Version': '17.2.15', 'Content-Type': 'application/json' };
    if (method !== 'GET' && cookies.csrftoken) headers['X-CSRFToken'] = cookies.csrftoken;
    const request = new Request(`http://controller.test${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const response = await controller.handle(request, {
      cookies,
      onSetCookie: (lines) => {
        for (const line of lines) Object.assign(cookies, parseCookieHeader(line.split(';')[0]!));
      },
    });
    return { status: response.status, json: (await response.json()) as { count?: number; results?: { enabled?: boolean }[] } };
  };
  expect((await call('POST', '/login', { username: 'admin', password: 'avi123' })).status).toBe(200);
  return call;
}

/** A controller restored from `stored`, as a returning visit to the demo builds it, in fresh modules (no schemas loaded). */
async function restored(stored: SerializedStore) {
  vi.resetModules();
  const { MockController } = await import('../controller/controller');
  const { schemaOf } = await import('../controller/schemas');
  const controller = new MockController();
  expect(controller.importStore(stored)).toBe(true);
  const schemasLoaded = () => {
    try {
      schemaOf('pool');
      return true;
    } catch {
      return false;
    }
  };
  return { controller, schemasLoaded };
}

describe('the mock controller loads the domain schemas with the first request that needs them', () => {
  it('answers reads from a restored store without them, and loads them for a field filter and for a write', async () => {
    const stored = (await (await import('../controller/controller')).MockController.create()).exportStore();

    const reader = await restored(stored);
    const call = await signedIn(reader.controller);
    const page = await call('GET', '/api/virtualservice?page_size=25&sort=name&fields=name,enabled&include_name=true');
    expect(page.status).toBe(200);
    expect(page.json.count).toBeGreaterThan(1);
    expect(reader.schemasLoaded()).toBe(false);
    const disabled = await call('GET', '/api/virtualservice?enabled=false');
    expect(disabled.status).toBe(200);
    expect(disabled.json.results?.every((vs) => vs.enabled === false)).toBe(true);
    expect(disabled.json.count).toBeLessThan(page.json.count!);
    expect(reader.schemasLoaded()).toBe(true);

    const writer = await restored(stored);
    const write = await signedIn(writer.controller);
    expect(writer.schemasLoaded()).toBe(false);
    expect((await write('POST', '/api/pool', { name: 'lazy-schemas-pool', servers: [{ ip: { addr: '10.10.10.5', type: 'V4' } }] })).status).toBe(201);
    expect(writer.schemasLoaded()).toBe(true);
  });
});

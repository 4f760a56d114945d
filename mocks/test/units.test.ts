import { describe, expect, it } from 'vitest';
import { applyStorageChange, createPersistentController, documentCookies, STORAGE_KEYS, type StorageLike } from '../browser/persistence';
import type { MockController } from '../controller/controller';
import { parseCookieHeader } from '../controller/http';
import { applyPatch } from '../controller/patch';
import { fieldExistsIn, parseRequestVersion } from '../controller/version';
import { CookieJar } from '../shared/cookie-jar';
import { TestClock } from './support';

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  listeners: ((key: string, value: string | null) => void)[] = [];
  failWrites = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
}

/** One browser tab: its own controller over the shared storage and cookie jar, as in the demo. */
class Tab {
  constructor(
    readonly controller: MockController,
    readonly doc: { cookie: string },
  ) {}
  async call(method: string, path: string, body?: unknown) {
    const cookies = documentCookies(this.doc);
    const headers: Record<string, string> = { 'X-Avi-Version': '17.2.15' };
    const token = cookies.read().csrftoken;
    if (method !== 'GET' && token) headers['X-CSRFToken'] = token;
    const res = await this.controller.handle(new Request(`http://demo.test${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }), {
      cookies: cookies.read(),
      onSetCookie: cookies.write,
    });
    return { status: res.status, json: res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>) };
  }
}

/** A document.cookie that behaves like a browser's for the cookies the controller sets. */
function fakeDocument(): { cookie: string } {
  const jar = new Map<string, string>();
  return {
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    set cookie(line: string) {
      if (/;\s*HttpOnly/i.test(line)) return; // scripts cannot set HttpOnly cookies: the browser ignores them
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (/max-age=0/i.test(line) || pair.slice(eq + 1) === '') jar.delete(name);
      else jar.set(name, pair.slice(eq + 1));
    },
  };
}

describe('browser demo persistence (localStorage, document.cookie, other tabs)', () => {
  it('keeps the data and the login across a reload, and shows one tab\'s change in another', async () => {
    const storage = new MemoryStorage();
    const clock = new TestClock();
    const doc = fakeDocument();
    const tabA = new Tab(await createPersistentController(storage, { now: clock.now }), doc);
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.store)!).seed).toBe('default');
    expect((await tabA.call('POST', '/login', { username: 'admin', password: 'avi123' })).status).toBe(200);
    expect(doc.cookie).toMatch(/csrftoken=/);
    expect(doc.cookie).toMatch(/avi-sessionid=/);
    const tabB = new Tab(await createPersistentController(storage, { now: clock.now }), doc);
    expect((await tabA.call('POST', '/api/pool', { name: 'from-tab-a' })).status).toBe(201);
    // The browser fires `storage` in the other tabs only.
    applyStorageChange(tabB.controller, STORAGE_KEYS.store, storage.getItem(STORAGE_KEYS.store));
    expect(((await tabB.call('GET', '/api/pool?name=from-tab-a')).json as { count: number }).count).toBe(1);
    // A reload: a new controller from the same storage and cookies.
    clock.advance(60);
    const reloaded = new Tab(await createPersistentController(storage, { now: clock.now }), doc);
    const list = await reloaded.call('GET', '/api/pool?name=from-tab-a');
    expect(list.status).toBe(200);
    expect((list.json as { count: number }).count).toBe(1);
    expect((await reloaded.call('POST', '/api/pool', { name: 'after-reload' })).status).toBe(201);
    // Logout in one tab ends the session for the others.
    expect((await reloaded.call('POST', '/logout')).status).toBe(200);
    applyStorageChange(tabA.controller, STORAGE_KEYS.sessions, storage.getItem(STORAGE_KEYS.sessions));
    expect((await tabA.call('GET', '/api/pool')).status).toBe(401);
  });

  it('expires the session after the idle timeout even across reloads, and survives reloads within it', async () => {
    const storage = new MemoryStorage();
    const clock = new TestClock();
    const doc = fakeDocument();
    const tab = new Tab(await createPersistentController(storage, { now: clock.now }), doc);
    await tab.call('POST', '/login', { username: 'admin', password: 'avi123' });
    clock.advance(10 * 60);
    expect((await new Tab(await createPersistentController(storage, { now: clock.now }), doc).call('GET', '/api/pool')).status).toBe(200);
    clock.advance(16 * 60);
    expect((await new Tab(await createPersistentController(storage, { now: clock.now }), doc).call('GET', '/api/pool')).status).toBe(401);
  });

  it('falls back to the default seed when the stored state is missing or corrupt, and survives a full storage', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.store, '{"format":1,"records":[["pool"');
    storage.setItem(STORAGE_KEYS.sessions, 'nonsense');
    const controller = await createPersistentController(storage);
    expect(controller.store.seed).toBe('default');
    expect(controller.store.size).toBeGreaterThan(50);
    storage.failWrites = true;
    const errors: unknown[] = [];
    const failing = await createPersistentController(new MemoryStorage(), {}, (e) => errors.push(e));
    expect(failing.store.size).toBeGreaterThan(50);
    const quota = new MemoryStorage();
    const c2 = await createPersistentController(quota, {}, (e) => errors.push(e));
    quota.failWrites = true;
    await c2.reset('default');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('writes cookies to document.cookie without HttpOnly and reads them back', () => {
    const doc = { cookie: '' };
    const written: string[] = [];
    const target = {
      get cookie() {
        return doc.cookie;
      },
      set cookie(v: string) {
        written.push(v);
        doc.cookie = v.split(';')[0]!;
      },
    };
    const cookies = documentCookies(target);
    cookies.write(['sessionid=abc; expires=Thu, 01 Jan 2099 00:00:00 GMT; HttpOnly; Max-Age=86400; Path=/']);
    expect(written[0]).not.toMatch(/HttpOnly/);
    expect(written[0]).toMatch(/Path=\//);
    expect(cookies.read()).toEqual({ sessionid: 'abc' });
  });
});

describe('API versions', () => {
  it('knows which fields exist in which version, per release branch', () => {
    expect(fieldExistsIn(['17.2.7'], '17.2.7')).toBe(true);
    expect(fieldExistsIn(['17.2.7'], '17.2.6')).toBe(false);
    expect(fieldExistsIn(['17.2.7'], '16.4.2')).toBe(false);
    expect(fieldExistsIn(['17.1.9', '17.2.3'], '17.1.10')).toBe(true);
    expect(fieldExistsIn(['17.1.9', '17.2.3'], '17.2.1')).toBe(false);
    expect(fieldExistsIn(['17.1.9', '17.2.3'], '17.2.3')).toBe(true);
    expect(fieldExistsIn(['17.1.1'], '17.2.1')).toBe(true);
  });

  it('parses X-Avi-Version', () => {
    expect(parseRequestVersion(null)).toEqual({ version: '16.4.2', header: '16_4_2', current: false });
    expect(parseRequestVersion('17.2.15').current).toBe(true);
    expect(parseRequestVersion('17.2.8')).toEqual({ version: '17.2.8', header: '17.2.8', current: false });
    expect(() => parseRequestVersion('18.1.1')).toThrow(/not supported/);
    expect(() => parseRequestVersion('15.1')).toThrow(/oldest/);
    expect(() => parseRequestVersion('17.x')).toThrow(/Invalid/);
  });
});

describe('PATCH semantics', () => {
  const same = (a: string, b: string) => a === b;
  const pool = {
    name: 'p',
    servers: [
      { ip: { addr: '10.0.0.1', type: 'V4' }, port: 80, ratio: 1 },
      { ip: { addr: '10.0.0.1', type: 'V4' }, port: 81, ratio: 1 },
      { ip: { addr: '10.0.0.2', type: 'V4' }, port: 80, ratio: 1 },
    ],
  };
  it('matches servers by ip and port, or by ip alone when no port is given', () => {
    const byPort = applyPatch(pool, { delete: { servers: [{ ip: { addr: '10.0.0.1', type: 'V4' }, port: 81 }] } }, same);
    expect((byPort.servers as unknown[]).length).toBe(2);
    const byIp = applyPatch(pool, { delete: { servers: [{ ip: { addr: '10.0.0.1', type: 'V4' } }] } }, same);
    expect(byIp.servers).toEqual([pool.servers[2]]);
    const merged = applyPatch(pool, { add: { servers: [{ ip: { addr: '10.0.0.2', type: 'V4' }, port: 80, ratio: 3 }] } }, same);
    expect((merged.servers as { ratio: number }[])[2]!.ratio).toBe(3);
  });
  it('does not modify the stored object', () => {
    const copy = structuredClone(pool);
    applyPatch(pool, { replace: { servers: [] } }, same);
    expect(pool).toEqual(copy);
  });
});

describe('cookies', () => {
  it('parses a Cookie header without prototype pollution', () => {
    const parsed = parseCookieHeader('__proto__=x; constructor=y; a=1; a=2; b=%20c');
    expect(parsed.a).toBe('1');
    expect(parsed.b).toBe(' c');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('keeps a jar like a browser: Max-Age=0 removes a cookie', () => {
    const jar = new CookieJar();
    const headers = new Headers();
    headers.append('Set-Cookie', 'a=1; Path=/');
    headers.append('Set-Cookie', 'b=2; Path=/');
    jar.store(new Response(null, { headers }));
    expect(jar.header()).toBe('a=1; b=2');
    const clear = new Headers();
    clear.append('Set-Cookie', 'a=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/');
    jar.store(new Response(null, { headers: clear }));
    expect(jar.header()).toBe('b=2');
  });
});

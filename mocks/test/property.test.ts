import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectTypes } from '@/domain/model/object-types';
import { MockController } from '../controller/controller';
import { startMockControllerServer, type MockControllerServer } from '../server/server';
import { CookieJar } from '../shared/cookie-jar';
import { TestClock } from './support';

/**
 * Random and mutated requests thrown at the write endpoints: the controller never answers 5xx, and a
 * refused write leaves the store byte for byte as it was.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Mutation {
  op: 'set' | 'delete' | 'proto' | 'wrap' | 'dup';
  pick: number[];
  value: Json;
}

function pickPath(object: Json, pick: number[]): { parent: Record<string, Json> | Json[]; key: string | number } | undefined {
  let current: Json = object;
  let found: { parent: Record<string, Json> | Json[]; key: string | number } | undefined;
  for (const n of pick) {
    if (Array.isArray(current)) {
      if (current.length === 0) break;
      const key = n % current.length;
      found = { parent: current, key };
      current = current[key]!;
    } else if (current !== null && typeof current === 'object') {
      const keys = Object.keys(current);
      if (keys.length === 0) break;
      const key = keys[n % keys.length]!;
      found = { parent: current, key };
      current = current[key]!;
    } else break;
  }
  return found;
}

function mutate(object: Json, mutations: Mutation[]): string {
  const copy = structuredClone(object);
  let raw: string | undefined;
  for (const m of mutations) {
    const at = pickPath(copy, m.pick);
    if (!at) continue;
    const { parent, key } = at;
    if (m.op === 'set') (parent as Record<string, Json>)[key] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.op === 'wrap') (parent as Record<string, Json>)[key] = [(parent as Record<string, Json>)[key]!];
    else if (m.op === 'dup' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]!));
  }
  const text = JSON.stringify(copy);
  const proto = mutations.find((m) => m.op === 'proto');
  if (proto && text.startsWith('{')) {
    const keyName = ['__proto__', 'constructor', 'prototype'][proto.pick[0]! % 3]!;
    raw = `{"${keyName}": ${JSON.stringify(proto.value)}, ${text.slice(1)}`;
    if (text === '{}') raw = `{"${keyName}": ${JSON.stringify(proto.value)}}`;
  }
  return raw ?? text;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'delete', 'proto', 'wrap', 'dup'),
  pick: fc.array(fc.nat(1000), { minLength: 1, maxLength: 4 }),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>(-1, 0, 65536, 70000, 1.5, '', '999.1.1.1', 'V7', '/api/pool?name=nope', '/api/vsvip/x', true, null, [], {}),
  ),
});

const writeMethod = fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE');
const typeArb = fc.constantFrom(...objectTypes, 'nosuchtype');
const oddSegment = fc.oneof(
  fc.constantFrom('%E0%A4%A', '%', '..', '.', '%2F', '%00', 'runtime', '', ' ', 'admin', '__proto__', 'constructor'),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
);
const queryArb = fc.oneof(
  fc.constant(''),
  fc.webQueryParameters().map((q) => `?${q}`),
  fc.constantFrom('?page=0', '?page_size=9999', '?sort=-', '?fields=', '?include_name=true', '?refers_to=pool:', '?search=(', '?%zz=1'),
);

describe('property: malformed and mutated writes', () => {
  let controller: MockController;
  const base = 'http://avi-controller.test';
  const jar = new CookieJar();
  let samples: Record<string, { uuid: string; body: Json }[]> = {};

  const send = async (method: string, path: string, body: string | undefined, headers: Record<string, string> = {}) => {
    const h = new Headers({ 'X-Avi-Version': '17.2.15', ...headers });
    h.set('cookie', jar.header() ?? '');
    if (!h.has('x-csrftoken')) h.set('X-CSRFToken', jar.get('csrftoken') ?? '');
    return controller.handle(new Request(base + path, { method, headers: h, ...(body !== undefined && method !== 'GET' ? { body } : {}) }));
  };

  beforeAll(async () => {
    controller = await MockController.create({ now: new TestClock().now });
    jar.store(await controller.handle(new Request(`${base}/login`, { method: 'POST', body: '{"username":"admin","password":"avi123"}' })));
    samples = {};
    for (const type of objectTypes) {
      const res = await send('GET', `/api/${type}?page_size=200`, undefined);
      const list = (await res.json()) as { results: Json[] };
      samples[type] = list.results.map((o) => ({ uuid: (o as { uuid: string }).uuid, body: o }));
    }
  });

  const check = async (method: string, path: string, body: string | undefined, headers?: Record<string, string>) => {
    const before = controller.snapshot();
    const res = await send(method, path, body, headers);
    const text = await res.text();
    expect(res.status, `${method} ${path} ${body?.slice(0, 300)} -> ${text.slice(0, 300)}`).toBeLessThan(500);
    if (res.status >= 400) expect(controller.snapshot(), `${method} ${path} changed the store while refusing it (${res.status} ${text.slice(0, 200)})`).toBe(before);
  };

  it('never answers 5xx and never changes state when refusing mutated bodies of real objects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...objectTypes), writeMethod, fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.boolean(), async (type, method, index, mutations, asPatch) => {
        const list = samples[type]!;
        const sample = list[index % Math.max(1, list.length)];
        const object = (sample?.body ?? { name: 'x' }) as Json;
        let body = mutate(object, mutations);
        if (method === 'PATCH' && asPatch) body = `{"${['add', 'replace', 'delete'][index % 3]}": ${body}}`;
        const path = method === 'POST' ? `/api/${type}` : `/api/${type}/${sample?.uuid ?? 'none'}`;
        await check(method, path, method === 'DELETE' ? undefined : body);
      }),
      { numRuns: 400, seed: 20240115 },
    );
  });

  it('never answers 5xx and never changes state for random bodies, paths, queries and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        writeMethod,
        typeArb,
        fc.option(oddSegment, { nil: undefined }),
        queryArb,
        fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 }), fc.constantFrom('', 'null', '[]', '{}', '{"add":{}}', '{"name":', '\u0000', '{"name":"x"}')),
        fc.record({
          tenant: fc.constantFrom(undefined, 'admin', 'Engineering', 'Nope', ''),
          version: fc.constantFrom(undefined, '17.2.15', '17.2.1', '16.4.2', '99.1', 'x', ''),
          contentType: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'),
        }),
        async (method, type, segment, query, body, opts) => {
          const headers: Record<string, string> = {};
          if (opts.tenant !== undefined) headers['X-Avi-Tenant'] = opts.tenant;
          if (opts.version !== undefined) headers['X-Avi-Version'] = opts.version;
          if (opts.contentType !== undefined) headers['Content-Type'] = opts.contentType;
          const path = `/api/${type}${segment === undefined ? '' : `/${segment}`}${query}`;
          await check(method, path, body, headers);
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });

  it('refuses random writes from the read-only user and without CSRF, always without change', async () => {
    await fc.assert(
      fc.asyncProperty(writeMethod, fc.constantFrom(...objectTypes), fc.json({ maxDepth: 2 }), async (method, type, body) => {
        const sample = samples[type]![0];
        const path = method === 'POST' ? `/api/${type}` : `/api/${type}/${sample?.uuid ?? 'x'}`;
        const before = controller.snapshot();
        const res = await send(method, path, body, { 'X-CSRFToken': 'wrong' });
        expect(res.status).toBe(401);
        expect(controller.snapshot()).toBe(before);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('property: malformed requests over real HTTP', () => {
  let server: MockControllerServer;
  const jar = new CookieJar();

  beforeAll(async () => {
    server = await startMockControllerServer({ port: 0, now: new TestClock().now });
    jar.store(await fetch(`${server.url}/login`, { method: 'POST', body: '{"username":"admin","password":"avi123"}' }));
  });
  afterAll(async () => {
    await server.close();
  });

  it('never answers 5xx and never changes state when refusing', async () => {
    await fc.assert(
      fc.asyncProperty(writeMethod, typeArb, fc.option(oddSegment, { nil: undefined }), queryArb, fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 100 })), async (method, type, segment, query, body) => {
        const before = server.controller.snapshot();
        const res = await fetch(`${server.url}/api/${type}${segment === undefined ? '' : `/${segment}`}${query}`, {
          method,
          headers: { cookie: jar.header() ?? '', 'X-CSRFToken': jar.get('csrftoken') ?? '', 'X-Avi-Version': '17.2.15', 'Content-Type': 'application/json' },
          ...(method === 'DELETE' ? {} : { body }),
        });
        const text = await res.text();
        expect(res.status, text.slice(0, 200)).toBeLessThan(500);
        if (res.status >= 400) expect(server.controller.snapshot()).toBe(before);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

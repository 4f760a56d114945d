import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_VERSION, Client, pathOf, type Transport } from './support';

const UUID4 = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const CSRF_TEXT = 'CSRF token missing or incorrect.';

/**
 * The mock controller's HTTP contract, run against every transport (standalone server over real HTTP,
 * and msw/node). Every test starts from the default seed.
 */
export function defineContractSuite(makeTransport: () => Promise<Transport>): void {
  let transport: Transport;
  let admin: Client;

  beforeAll(async () => {
    transport = await makeTransport();
  });
  afterAll(async () => {
    await transport.close();
  });
  beforeEach(async () => {
    const reset = await new Client(transport).post('/__mock__/reset', { seed: 'default', clearSessions: true });
    expect(reset.status).toBe(200);
    admin = new Client(transport);
    expect((await admin.login()).status).toBe(200);
  });

  const snapshot = () => transport.controller().snapshot();
  const origin = () => transport.baseUrl;

  describe('login, logout and sessions', () => {
    it('logs in with JSON and answers like the real controller', async () => {
      const client = new Client(transport);
      const res = await client.login('admin', 'avi123');
      expect(res.status).toBe(200);
      expect(res.json.version).toMatchObject({ Version: API_VERSION, ProductName: 'Avi Cloud Controller', Product: 'controller', min_version: 15.2 });
      expect(typeof res.json.version.build).toBe('number');
      expect(res.json.version.Tag).toMatch(/^17\.2\.15-/);
      expect(res.json.user).toMatchObject({ username: 'admin', is_superuser: true, default_tenant_ref: `${origin()}/api/tenant/admin` });
      expect(res.json.user.access[0].role_ref).toMatch(/#System-Admin$/);
      expect(res.json.user.access[0].all_tenants).toBe(true);
      expect(res.json.tenants.map((t: { name: string }) => t.name)).toEqual(['admin', 'Engineering']);
      expect(res.json.controller).toEqual({ api_idle_timeout: 15 });
      expect(res.json.user_initialized).toBe(true);
      expect(res.json.system_config.uuid).toBe('default');
      const cookies = res.headers.getSetCookie();
      const byName = Object.fromEntries(cookies.map((c) => [c.split('=')[0], c]));
      expect(Object.keys(byName).sort()).toEqual(['avi-sessionid', 'csrftoken', 'sessionid']);
      expect(byName.csrftoken).not.toMatch(/HttpOnly/i);
      expect(byName.sessionid).toMatch(/HttpOnly/);
      expect(byName['avi-sessionid']).toMatch(/HttpOnly/);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/Path=\//);
        expect(cookie).not.toMatch(/Secure/i);
      }
      expect(client.jar.get('sessionid')).toBe(client.jar.get('avi-sessionid'));
      expect(client.jar.get('csrftoken')).toMatch(/^[A-Za-z0-9]{32}$/);
    });

    it('logs in with a form-encoded body', async () => {
      const client = new Client(transport);
      const res = await client.call('POST', '/login', {
        rawBody: 'username=viewer&password=viewer123',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(200);
      expect(res.json.user.username).toBe('viewer');
      expect(res.json.user.access[0].role_ref).toMatch(/#Application-Operator$/);
      expect((await client.get('/api/pool')).status).toBe(200);
    });

    it('refuses bad credentials with 401 Invalid credentials', async () => {
      for (const [username, password] of [
        ['admin', 'wrong'],
        ['nobody', 'avi123'],
        ['', ''],
      ] as const) {
        const res = await new Client(transport).login(username, password);
        expect(res.status).toBe(401);
        expect(res.json).toEqual({ error: 'Invalid credentials' });
        expect(res.headers.getSetCookie()).toEqual([]);
      }
      const missing = await new Client(transport).post('/login', { username: 'admin' });
      expect(missing.status).toBe(401);
      const malformed = await new Client(transport).call('POST', '/login', { rawBody: '{"username":', headers: { 'Content-Type': 'application/json' } });
      expect(malformed.status).toBe(400);
    });

    it('answers 401 on /api without a session or with an unknown one', async () => {
      const anonymous = new Client(transport);
      const res = await anonymous.get('/api/virtualservice');
      expect(res.status).toBe(401);
      expect(typeof res.json.error).toBe('string');
      anonymous.jar.set('sessionid', 'forged');
      anonymous.jar.set('avi-sessionid', 'forged');
      expect((await anonymous.get('/api/virtualservice')).status).toBe(401);
    });

    it('logs out: the session ends and its cookies are cleared', async () => {
      const res = await admin.post('/logout', undefined);
      expect(res.status).toBe(200);
      expect(admin.jar.get('sessionid')).toBeUndefined();
      expect((await admin.get('/api/pool')).status).toBe(401);
    });

    it('needs the CSRF token to log out', async () => {
      const res = await admin.call('POST', '/logout', { csrf: false });
      expect(res.status).toBe(401);
      expect(res.text).toBe(CSRF_TEXT);
      expect((await admin.get('/api/pool')).status).toBe(200);
    });

    it('expires idle sessions after the timeout, and any request resets the idle timer', async () => {
      transport.clock.advance(14 * 60);
      expect((await admin.get('/api/pool')).status).toBe(200);
      transport.clock.advance(14 * 60);
      expect((await admin.get('/api/pool')).status).toBe(200);
      transport.clock.advance(15 * 60 + 1);
      const res = await admin.get('/api/pool');
      expect(res.status).toBe(401);
      expect(res.json.error).toMatch(/expired/i);
      expect((await admin.login()).status).toBe(200);
      expect((await admin.get('/api/pool')).status).toBe(200);
    });

    it('serves /api/initial-data before login and the version endpoints', async () => {
      const anonymous = new Client(transport);
      const initial = await anonymous.get('/api/initial-data');
      expect(initial.status).toBe(200);
      expect(initial.json.version.Version).toBe(API_VERSION);
      expect(initial.json).toMatchObject({ setup_failed: false, sso: false, error_message: '' });
      expect((await anonymous.get('/api/cluster/version')).status).toBe(401);
      const version = await admin.get('/api/cluster/version');
      expect(version.json).toMatchObject({ Version: API_VERSION, ProductName: 'Avi Cloud Controller' });
      const config = await admin.get('/api/systemconfiguration');
      expect(config.json).toMatchObject({ uuid: 'default', url: `${origin()}/api/systemconfiguration` });
      expect((await admin.get('/api/cluster/status')).json.cluster_state.state).toBe('CLUSTER_UP_NO_HA');
    });
  });

  describe('CSRF', () => {
    const writes = async (): Promise<[string, string, unknown][]> => {
      const pool = await admin.uuidOf('pool', 'staging-pool');
      return [
        ['POST', '/api/pool', { name: 'csrf-pool' }],
        ['PUT', `/api/pool/${pool}`, { name: 'staging-pool' }],
        ['PATCH', `/api/pool/${pool}`, { replace: { enabled: false } }],
        ['DELETE', `/api/pool/${pool}`, undefined],
      ];
    };

    it('refuses every write without X-CSRFToken with 401 and the plain-text body', async () => {
      const before = snapshot();
      for (const [method, path, body] of await writes()) {
        const res = await admin.call(method, path, { body, csrf: false });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.text).toBe(CSRF_TEXT);
      }
      expect(snapshot()).toBe(before);
    });

    it('refuses every write with a wrong X-CSRFToken', async () => {
      const before = snapshot();
      for (const [method, path, body] of await writes()) {
        const res = await admin.call(method, path, { body, headers: { 'X-CSRFToken': 'invalid' } });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.text).toBe(CSRF_TEXT);
      }
      expect(snapshot()).toBe(before);
    });

    it('refuses a write whose csrftoken cookie is missing, even with the right header', async () => {
      const token = admin.jar.get('csrftoken')!;
      admin.jar.delete('csrftoken');
      const res = await admin.call('POST', '/api/pool', { body: { name: 'x' }, headers: { 'X-CSRFToken': token } });
      expect(res.status).toBe(401);
      expect(res.text).toBe(CSRF_TEXT);
    });

    it('does not need the token for reads', async () => {
      expect((await admin.call('GET', '/api/pool', { csrf: false })).status).toBe(200);
    });
  });

  describe('API version', () => {
    it('echoes X-Avi-Version in AVI_API_VERSION', async () => {
      expect((await admin.get('/api/pool')).headers.get('AVI_API_VERSION')).toBe(API_VERSION);
      expect((await admin.get('/api/pool', { version: '17.2.1' })).headers.get('AVI_API_VERSION')).toBe('17.2.1');
    });

    it('answers requests without X-Avi-Version in the default version 16.4.2, without later fields', async () => {
      const res = await admin.get('/api/virtualservice?name=web-vs', { version: null });
      expect(res.status).toBe(200);
      expect(res.headers.get('AVI_API_VERSION')).toBe('16_4_2');
      const vs = res.json.results[0];
      expect(vs.name).toBe('web-vs');
      expect(vs).not.toHaveProperty('traffic_enabled');
      expect(vs).not.toHaveProperty('vsvip_ref');
      const current = (await admin.get('/api/virtualservice?name=web-vs')).json.results[0];
      expect(current.traffic_enabled).toBe(true);
      expect(current.vsvip_ref).toBeDefined();
    });

    it('refuses a version newer than the controller and malformed versions', async () => {
      for (const version of ['18.2.1', '17.2.16', 'abc', '17']) {
        const res = await admin.get('/api/pool', { version });
        expect(res.status, version).toBe(400);
        expect(typeof res.json.error).toBe('string');
      }
    });

    it('refuses fields introduced after the requested version, in the real wording', async () => {
      const before = snapshot();
      const res = await admin.post(
        '/api/applicationprofile',
        { name: 'too-new', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_port: true },
        { version: '17.2.1' },
      );
      expect(res.status).toBe(400);
      expect(res.json.error).toBe('Incoming request (v17_2_1) has field (preserve_client_port) introduced in later versions(v17_2_7).');
      const vs = await admin.post('/api/virtualservice', { name: 'too-new-vs', services: [{ port: 80 }], traffic_enabled: false }, { version: '17.2.5' });
      expect(vs.status).toBe(400);
      expect(vs.json.error).toBe('Incoming request (v17_2_5) has field (traffic_enabled) introduced in later versions(v17_2_8).');
      expect(snapshot()).toBe(before);
      const ok = await admin.post('/api/applicationprofile', { name: 'new-enough', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_port: true }, { version: '17.2.7' });
      expect(ok.status).toBe(201);
    });

    it('keeps fields an older client cannot see when it replaces an object', async () => {
      const uuid = await admin.uuidOf('virtualservice', 'legacy-vs');
      expect((await admin.patch(`/api/virtualservice/${uuid}`, { replace: { traffic_enabled: false } })).status).toBe(200);
      const old = (await admin.get(`/api/virtualservice/${uuid}`, { version: '17.2.5' })).json;
      expect(old).not.toHaveProperty('traffic_enabled');
      expect((await admin.put(`/api/virtualservice/${uuid}`, { ...old, description: 'edited by an old client' }, { version: '17.2.5' })).status).toBe(200);
      const now = (await admin.get(`/api/virtualservice/${uuid}`)).json;
      expect(now.traffic_enabled).toBe(false);
      expect(now.description).toBe('edited by an old client');
    });
  });

  describe('tenants', () => {
    it('selects the tenant by X-Avi-Tenant name and by X-Avi-Tenant-UUID', async () => {
      const engineering = await admin.uuidOf('tenant', 'Engineering');
      const byName = await admin.get('/api/pool', { tenant: 'Engineering' });
      const byUuid = await admin.get('/api/pool', { headers: { 'X-Avi-Tenant-UUID': engineering } });
      const names = (res: typeof byName) => res.json.results.map((p: { name: string }) => p.name).sort();
      expect(names(byName)).toEqual(['eng-api-pool', 'eng-web-pool']);
      expect(names(byUuid)).toEqual(names(byName));
      expect(byName.json.results[0].tenant_ref).toBe(`${origin()}/api/tenant/${engineering}`);
      expect(await admin.uuidOf('tenant', 'admin')).toBe('admin');
    });

    it('keeps tenants apart: a tenant never sees or reaches another tenant\'s objects', async () => {
      const adminPools = (await admin.get('/api/pool')).json.results.map((p: { name: string }) => p.name);
      expect(adminPools).not.toContain('eng-api-pool');
      const engPool = await admin.uuidOf('pool', 'eng-api-pool', 'Engineering');
      expect((await admin.get(`/api/pool/${engPool}`)).status).toBe(404);
      expect((await admin.delete(`/api/pool/${engPool}`)).status).toBe(404);
      const adminPool = await admin.uuidOf('pool', 'web-pool');
      expect((await admin.get(`/api/pool/${adminPool}`, { tenant: 'Engineering' })).status).toBe(404);
      const vs = await admin.post('/api/virtualservice', { name: 'cross', services: [{ port: 80 }], pool_ref: `/api/pool/${engPool}` });
      expect(vs.status).toBe(400);
      expect(vs.json.error).toMatch(/Pool object not found/);
      const engVs = (await admin.get('/api/virtualservice', { tenant: 'Engineering' })).json.results.map((v: { name: string }) => v.name).sort();
      expect(engVs).toEqual(['eng-api-vs', 'eng-web-vs']);
    });

    it('shows admin\'s shared objects to other tenants, read-only', async () => {
      const profiles = (await admin.get('/api/applicationprofile?page_size=200', { tenant: 'Engineering' })).json.results.map((p: { name: string }) => p.name);
      expect(profiles).toEqual(expect.arrayContaining(['System-HTTP', 'HTTP-Preserve-Client-IP', 'Eng-HTTP', 'Eng-Preserve-Client-IP']));
      const groups = (await admin.get('/api/serviceenginegroup', { tenant: 'Engineering' })).json.results.map((g: { name: string }) => g.name);
      expect(groups).toEqual(['Default-Group', 'Routed-Group', 'Elastic-Group']);
      expect((await admin.get('/api/network', { tenant: 'Engineering' })).json.count).toBe(2);
      expect((await admin.get('/api/cloud', { tenant: 'Engineering' })).json.count).toBe(1);
      expect((await admin.get('/api/vrfcontext', { tenant: 'Engineering' })).json.count).toBe(2);

      const before = snapshot();
      const systemHttp = await admin.uuidOf('applicationprofile', 'System-HTTP', 'Engineering');
      for (const [method, body] of [
        ['PUT', { name: 'System-HTTP', type: 'APPLICATION_PROFILE_TYPE_HTTP' }],
        ['PATCH', { replace: { description: 'x' } }],
        ['DELETE', undefined],
      ] as const) {
        const res = await admin.call(method, `/api/applicationprofile/${systemHttp}`, { body, tenant: 'Engineering' });
        expect(res.status, method).toBe(403);
        expect(res.json.error).toMatch(/shared read-only/);
      }
      const group = await admin.uuidOf('serviceenginegroup', 'Default-Group', 'Engineering');
      expect((await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { max_se: 4 } }, { tenant: 'Engineering' })).status).toBe(403);
      expect((await admin.post('/api/tenant', { name: 'from-eng' }, { tenant: 'Engineering' })).status).toBe(403);
      expect(snapshot()).toBe(before);
    });

    it('lets a tenant refer to shared objects and creates objects in the request\'s tenant', async () => {
      const engineering = await admin.uuidOf('tenant', 'Engineering');
      const res = await admin.post(
        '/api/virtualservice',
        { name: 'eng-new-vs', services: [{ port: 8080 }], application_profile_ref: '/api/applicationprofile?name=System-HTTP', pool_ref: '/api/pool?name=eng-web-pool' },
        { tenant: 'Engineering' },
      );
      expect(res.status).toBe(201);
      expect(res.json.tenant_ref).toBe(`${origin()}/api/tenant/${engineering}#Engineering`);
      expect(pathOf(res.json.application_profile_ref)).toBe(`/api/applicationprofile/${await admin.uuidOf('applicationprofile', 'System-HTTP')}`);
      const mismatch = await admin.post('/api/pool', { name: 'p', tenant_ref: '/api/tenant/admin' }, { tenant: 'Engineering' });
      expect(mismatch.status).toBe(400);
      expect(mismatch.json.error).toMatch(/tenant_ref/);
      const same = await admin.post('/api/pool', { name: 'p-same', tenant_ref: `/api/tenant?name=Engineering` }, { tenant: 'Engineering' });
      expect(same.status).toBe(201);
    });

    it('refuses an unknown tenant with a clear 400', async () => {
      const byName = await admin.get('/api/pool', { tenant: 'Nope' });
      expect(byName.status).toBe(400);
      expect(byName.json.error).toMatch(/Tenant "Nope" does not exist/);
      const byUuid = await admin.get('/api/pool', { headers: { 'X-Avi-Tenant-UUID': 'tenant-nope' } });
      expect(byUuid.status).toBe(400);
    });

    it('creates, lists and deletes tenants from admin, refusing to delete one that still has objects', async () => {
      const created = await admin.post('/api/tenant', { name: 'Sales' });
      expect(created.status).toBe(201);
      expect(created.json.uuid).toMatch(new RegExp(`^tenant-${UUID4}$`));
      expect(created.json).not.toHaveProperty('tenant_ref');
      expect((await admin.post('/api/pool', { name: 'sales-pool' }, { tenant: 'Sales' })).status).toBe(201);
      const refused = await admin.delete(`/api/tenant/${created.json.uuid}`);
      expect(refused.status).toBe(403);
      expect(refused.json.error).toBe("Cannot delete, object is referred by: ['Pool sales-pool']");
      const pool = await admin.uuidOf('pool', 'sales-pool', 'Sales');
      expect((await admin.delete(`/api/pool/${pool}`, { tenant: 'Sales' })).status).toBe(204);
      expect((await admin.delete(`/api/tenant/${created.json.uuid}`)).status).toBe(204);
      expect((await admin.delete('/api/tenant/admin')).status).toBe(403);
    });
  });

  describe('read-only user', () => {
    it('reads everything and gets 403 on every write', async () => {
      const viewer = new Client(transport);
      expect((await viewer.login('viewer')).status).toBe(200);
      expect((await viewer.get('/api/virtualservice')).json.count).toBe(6);
      const pool = await viewer.uuidOf('pool', 'web-pool');
      const before = snapshot();
      for (const [method, path, body] of [
        ['POST', '/api/pool', { name: 'viewer-pool' }],
        ['PUT', `/api/pool/${pool}`, { name: 'web-pool' }],
        ['PATCH', `/api/pool/${pool}`, { replace: { enabled: false } }],
        ['DELETE', `/api/pool/${pool}`, undefined],
      ] as const) {
        const res = await viewer.call(method, path, { body });
        expect(res.status, method).toBe(403);
        expect(res.json.error).toMatch(/read-only/);
      }
      expect(snapshot()).toBe(before);
    });
  });

  describe('collections', () => {
    it('lists {count, results} with next only while more pages exist', async () => {
      const all = await admin.get('/api/virtualservice');
      expect(all.json.count).toBe(6);
      expect(all.json.results).toHaveLength(6);
      expect(all.json).not.toHaveProperty('next');
      const first = await admin.get('/api/virtualservice?page_size=4');
      expect(first.json.results).toHaveLength(4);
      expect(first.json.next).toBe(`${origin()}/api/virtualservice?page_size=4&page=2`);
      const second = await admin.get(String(first.json.next).slice(origin().length));
      expect(second.json.results).toHaveLength(2);
      expect(second.json).not.toHaveProperty('next');
      const names = [...first.json.results, ...second.json.results].map((v: { name: string }) => v.name);
      expect(new Set(names).size).toBe(6);
      const beyond = await admin.get('/api/virtualservice?page=5');
      expect(beyond.status).toBe(200);
      expect(beyond.json).toEqual({ count: 6, results: [] });
    });

    it('pages by 25 by default and allows page_size 1-200', async () => {
      for (let i = 0; i < 25; i += 1) expect((await admin.post('/api/pool', { name: `bulk-${String(i).padStart(2, '0')}` })).status).toBe(201);
      const page = await admin.get('/api/pool');
      expect(page.json.count).toBe(31);
      expect(page.json.results).toHaveLength(25);
      expect(page.json.next).toBe(`${origin()}/api/pool?page=2`);
      expect((await admin.get('/api/pool?page_size=200')).json.results).toHaveLength(31);
      expect((await admin.get('/api/pool?page_size=1')).json.results).toHaveLength(1);
      for (const bad of ['page_size=0', 'page_size=201', 'page_size=abc', 'page_size=-1', 'page_size=1.5', 'page=0', 'page=x', 'page=-2']) {
        const res = await admin.get(`/api/pool?${bad}`);
        expect(res.status, bad).toBe(400);
        expect(typeof res.json.error).toBe('string');
      }
    });

    it('filters by name, name.contains, name.icontains, name.in and uuid.in', async () => {
      const names = async (query: string) => (await admin.get(`/api/pool?${query}`)).json.results.map((p: { name: string }) => p.name);
      expect(await names('name=web-pool')).toEqual(['web-pool']);
      expect(await names('name=web')).toEqual([]);
      expect((await names('name.contains=pool')).length).toBe(6);
      expect(await names('name.contains=POOL')).toEqual([]);
      expect(await names('name.icontains=LEGACY')).toEqual(['legacy-pool']);
      expect((await names('name.in=web-pool,dns-pool')).sort()).toEqual(['dns-pool', 'web-pool']);
      const uuid = await admin.uuidOf('pool', 'crm-pool');
      expect(await names(`uuid.in=${uuid}`)).toEqual(['crm-pool']);
    });

    it('searches by name, in a field with search=(field,value), and case-insensitively with isearch', async () => {
      const names = async (query: string) => (await admin.get(`/api/virtualservice?${query}`)).json.results.map((v: { name: string }) => v.name).sort();
      expect(await names('search=web')).toEqual(['web-vs']);
      expect(await names('search=WEB')).toEqual([]);
      expect(await names('isearch=WEB')).toEqual(['web-vs']);
      expect(await names(`search=${encodeURIComponent('(description,legacy servers)')}`)).toEqual(['legacy-vs']);
      expect(await names(`search=${encodeURIComponent('(application_profile_ref,Preserve)')}`)).toEqual(['app-vs']);
      expect(await names(`isearch=${encodeURIComponent('(description,SOURCE NAT)')}`)).toEqual(['web-vs']);
    });

    it('sorts by a field, descending with -field, by several fields and by nested fields', async () => {
      const names = async (query: string, type = 'virtualservice') => (await admin.get(`/api/${type}?${query}`)).json.results.map((v: { name: string }) => v.name);
      expect(await names('sort=name')).toEqual(['app-vs', 'crm-vs', 'dns-vs', 'legacy-vs', 'staging-vs', 'web-vs']);
      expect(await names('sort=-name')).toEqual(['web-vs', 'staging-vs', 'legacy-vs', 'dns-vs', 'crm-vs', 'app-vs']);
      expect(await names('sort=enabled,name')).toEqual(['legacy-vs', 'staging-vs', 'app-vs', 'crm-vs', 'dns-vs', 'web-vs']);
      expect(await names('sort=-enabled,-name')).toEqual(['web-vs', 'dns-vs', 'crm-vs', 'app-vs', 'staging-vs', 'legacy-vs']);
      expect((await names('sort=profile.type,name', 'networkprofile'))[0]).toBe('System-TCP-Fast-Path');
      expect(await names('sort=name&page_size=2&page=2')).toEqual(['dns-vs', 'legacy-vs']);
      expect((await admin.get('/api/virtualservice?sort=na%20me')).status).toBe(400);
    });

    it('returns sparse objects with fields=, always with name, url and uuid', async () => {
      const res = await admin.get('/api/virtualservice?fields=enabled,se_group_ref&name=web-vs');
      expect(Object.keys(res.json.results[0]).sort()).toEqual(['enabled', 'name', 'se_group_ref', 'url', 'uuid']);
      const single = await admin.get(`/api/virtualservice/${res.json.results[0].uuid}?fields=name`);
      expect(Object.keys(single.json).sort()).toEqual(['name', 'url', 'uuid']);
    });

    it('appends #name to url and every ref, at any depth, with include_name=true', async () => {
      const plain = (await admin.get('/api/virtualservice?name=web-vs')).json.results[0];
      expect(plain.url).not.toContain('#');
      expect(plain.pool_ref).toMatch(new RegExp(`^${origin()}/api/pool/pool-${UUID4}$`));
      const named = (await admin.get('/api/virtualservice?name=web-vs&include_name=true')).json.results[0];
      expect(named.url).toMatch(/#web-vs$/);
      expect(named.pool_ref).toMatch(/#web-pool$/);
      expect(named.tenant_ref).toBe(`${origin()}/api/tenant/admin#admin`);
      expect(named.http_policies[0].http_policy_set_ref).toMatch(/#Redirect-HTTP-To-HTTPS$/);
      expect(named.ssl_key_and_certificate_refs[0]).toMatch(/#System-Default-Cert$/);
      const single = await admin.get(`/api/virtualservice/${plain.uuid}?include_name=true`);
      expect(single.json.se_group_ref).toMatch(/#Default-Group$/);
      // #name follows renames.
      const pool = await admin.uuidOf('pool', 'web-pool');
      await admin.patch(`/api/pool/${pool}`, { replace: { name: 'web-pool-renamed' } });
      expect((await admin.get('/api/virtualservice?name=web-vs&include_name=true')).json.results[0].pool_ref).toMatch(/#web-pool-renamed$/);
    });

    it('finds referrers with refers_to and references with referred_by', async () => {
      const pool = await admin.uuidOf('pool', 'web-pool');
      const vs = await admin.uuidOf('virtualservice', 'web-vs');
      const names = async (path: string) => (await admin.get(path)).json.results.map((o: { name: string }) => o.name).sort();
      expect(await names(`/api/virtualservice?refers_to=pool:${pool}`)).toEqual(['web-vs']);
      expect(await names(`/api/pool?referred_by=virtualservice:${vs}`)).toEqual(['web-pool']);
      expect(await names(`/api/applicationprofile?referred_by=virtualservice:${vs}`)).toEqual(['System-Secure-HTTP']);
      const routed = await admin.uuidOf('serviceenginegroup', 'Routed-Group');
      expect(await names(`/api/virtualservice?refers_to=serviceenginegroup:${routed}`)).toEqual(['app-vs']);
      expect((await admin.get(`/api/virtualservice?refers_to=serviceenginegroup:${routed}`, { tenant: 'Engineering' })).json.results.map((v: { name: string }) => v.name)).toEqual(['eng-web-vs']);
      expect((await admin.get('/api/virtualservice?refers_to=nonsense')).status).toBe(400);
    });

    it('filters by field values', async () => {
      const names = async (query: string) => (await admin.get(`/api/virtualservice?${query}`)).json.results.map((v: { name: string }) => v.name).sort();
      expect(await names('enabled=false')).toEqual(['legacy-vs', 'staging-vs']);
      expect(await names('se_group_ref.name=Routed-Group')).toEqual(['app-vs']);
      const routed = await admin.uuidOf('serviceenginegroup', 'Elastic-Group');
      expect(await names(`se_group_ref=/api/serviceenginegroup/${routed}`)).toEqual(['staging-vs']);
    });

    it('accepts trailing slashes, and answers 404 for unknown types and paths, 405 for other methods', async () => {
      expect((await admin.get('/api/pool/')).json.count).toBe(6);
      const uuid = await admin.uuidOf('pool', 'web-pool');
      expect((await admin.get(`/api/pool/${uuid}/`)).json.name).toBe('web-pool');
      for (const path of ['/api/nosuchtype', '/api/poolgroup', `/api/pool/${uuid}/runtime/extra`, '/api/pool/%E0%A4%A', '/api/pool/nope', '/api']) {
        const res = await admin.get(path);
        expect(res.status, path).toBe(404);
        expect(typeof res.json.error).toBe('string');
      }
      const put = await admin.put('/api/pool', {});
      expect(put.status).toBe(405);
      expect(put.headers.get('Allow')).toBe('GET, POST');
      expect((await admin.call('POST', `/api/pool/${uuid}`, { body: {} })).status).toBe(405);
      expect((await admin.get('/login')).status).toBe(405);
    });
  });

  describe('create', () => {
    it('answers 201 with the stored object, defaults filled, url#name, tenant_ref, _last_modified and Location', async () => {
      const res = await admin.post('/api/pool', { name: 'new-pool', servers: [{ ip: { addr: '10.10.10.99', type: 'V4' }, port: 8080 }], custom_field: { kept: true } });
      expect(res.status).toBe(201);
      const pool = res.json;
      expect(pool.uuid).toMatch(new RegExp(`^pool-${UUID4}$`));
      expect(pool.url).toBe(`${origin()}/api/pool/${pool.uuid}#new-pool`);
      expect(res.headers.get('Location')).toBe(pool.url);
      expect(pool.tenant_ref).toBe(`${origin()}/api/tenant/admin#admin`);
      expect(pool._last_modified).toMatch(/^\d{16}$/);
      expect(pool).toMatchObject({ enabled: true, default_server_port: 80, lb_algorithm: 'LB_ALGORITHM_LEAST_CONNECTIONS', inline_health_monitor: true });
      expect(pool.servers[0]).toMatchObject({ ip: { addr: '10.10.10.99', type: 'V4' }, port: 8080, enabled: true, ratio: 1, hostname: '10.10.10.99' });
      expect(pool.cloud_ref).toMatch(/\/api\/cloud\/cloud-.*#Default-Cloud$/);
      expect(pool.vrf_ref).toMatch(/#global$/);
      expect(pool.custom_field).toEqual({ kept: true });
      const read = await admin.get(`/api/pool/${pool.uuid}`);
      expect(read.json.url).toBe(`${origin()}/api/pool/${pool.uuid}`);
      expect(read.json.cloud_ref).not.toContain('#');
    });

    it('makes _last_modified strictly increasing, even within the same microsecond', async () => {
      const a = (await admin.post('/api/pool', { name: 'lm-a' })).json._last_modified;
      const b = (await admin.post('/api/pool', { name: 'lm-b' })).json._last_modified;
      expect(BigInt(b)).toBeGreaterThan(BigInt(a));
      const updated = (await admin.patch(`/api/pool/${await admin.uuidOf('pool', 'lm-a')}`, { replace: { enabled: false } })).json._last_modified;
      expect(BigInt(updated)).toBeGreaterThan(BigInt(b));
    });

    it('forces the uuid with a Slug header, and refuses a taken one with 409', async () => {
      const res = await admin.post('/api/pool', { name: 'forced' }, { headers: { Slug: 'pool-force-42' } });
      expect(res.status).toBe(201);
      expect(res.json.uuid).toBe('pool-force-42');
      expect(res.headers.get('Location')).toBe(`${origin()}/api/pool/pool-force-42#forced`);
      expect((await admin.get('/api/pool/pool-force-42')).json.name).toBe('forced');
      const again = await admin.post('/api/pool', { name: 'forced-2' }, { headers: { Slug: 'pool-force-42' } });
      expect(again.status).toBe(409);
      expect((await admin.post('/api/pool', { name: 'bad-slug' }, { headers: { Slug: 'a/b c' } })).status).toBe(400);
    });

    it('fills the real controller\'s server-side defaults on a virtual service', async () => {
      const res = await admin.post('/api/virtualservice', { name: 'defaults-vs', services: [{ port: 80 }, { port: 8000, port_range_end: 8010 }] });
      expect(res.status).toBe(201);
      const vs = res.json;
      expect(vs.cloud_ref).toMatch(/#Default-Cloud$/);
      expect(vs.se_group_ref).toMatch(/#Default-Group$/);
      expect(vs.application_profile_ref).toMatch(/#System-HTTP$/);
      expect(vs.network_profile_ref).toMatch(/#System-TCP-Proxy$/);
      expect(vs.vrf_context_ref).toMatch(/#global$/);
      expect(vs.analytics_profile_ref).toMatch(/#System-Analytics-Profile$/);
      expect(vs.services).toEqual([
        { port: 80, port_range_end: 80, enable_ssl: false },
        { port: 8000, port_range_end: 8010, enable_ssl: false },
      ]);
      expect(vs).toMatchObject({ enabled: true, traffic_enabled: true, type: 'VS_TYPE_NORMAL', cloud_type: 'CLOUD_NONE', weight: 1, use_vip_as_snat: false });
    });

    it('creates a VsVip for a virtual service posted with inline vip', async () => {
      const res = await admin.post('/api/virtualservice', { name: 'inline-vs', services: [{ port: 80 }], vip: [{ ip_address: { addr: '10.10.40.77', type: 'V4' } }] });
      expect(res.status).toBe(201);
      expect(res.json.vsvip_ref).toMatch(/#vsvip-inline-vs-Default-Cloud$/);
      const vip = (await admin.get(`${pathOf(res.json.vsvip_ref)}`)).json;
      expect(vip.vip).toEqual([expect.objectContaining({ vip_id: '0', ip_address: { addr: '10.10.40.77', type: 'V4' }, enabled: true })]);
      expect(vip.vrf_context_ref).toMatch(/vrfcontext/);
    });

    it('accepts refs in every form the controller accepts and stores them canonically', async () => {
      const pool = await admin.uuidOf('pool', 'web-pool');
      const profile = await admin.uuidOf('applicationprofile', 'System-L4-Application');
      const forms = [
        `/api/pool/${pool}`,
        `https://some-other-controller.example.com/api/pool/${pool}`,
        `https://avi-controller/api/pool/${pool}#web-pool`,
        '/api/pool?name=web-pool',
        '/api/pool/?name=web-pool',
        '/api/pool?name=web-pool&tenant=admin',
      ];
      for (const [i, form] of forms.entries()) {
        const res = await admin.post('/api/virtualservice', {
          name: `ref-form-${i}`,
          services: [{ port: 80 }],
          pool_ref: form,
          application_profile_name: 'System-L4-Application',
        });
        expect(res.status, form).toBe(201);
        expect(res.json.pool_ref).toBe(`${origin()}/api/pool/${pool}#web-pool`);
        expect(res.json.application_profile_ref).toBe(`${origin()}/api/applicationprofile/${profile}#System-L4-Application`);
        expect(res.json).not.toHaveProperty('application_profile_name');
        const stored = transport.controller().store.get(res.json.uuid)!.data;
        expect(stored.pool_ref).toBe(`/api/pool/${pool}`);
      }
      const byName = await admin.post('/api/virtualservice', { name: 'ref-by-names', services: [{ port: 80 }], pool_name: 'dns-pool', se_group_name: 'Elastic-Group' });
      expect(byName.status).toBe(201);
      expect(byName.json.pool_ref).toMatch(/#dns-pool$/);
      expect(byName.json.se_group_ref).toMatch(/#Elastic-Group$/);
      const hm = await admin.post('/api/pool', { name: 'hm-forms', health_monitor_refs: ['/api/healthmonitor?name=System-Ping', `${origin()}/api/healthmonitor/${await admin.uuidOf('healthmonitor', 'System-TCP')}`] });
      expect(hm.status).toBe(201);
      expect(hm.json.health_monitor_refs.map((r: string) => r.split('#')[1])).toEqual(['System-Ping', 'System-TCP']);
    });

    it('refuses a ref to the wrong type, to a missing object, or that cannot be parsed', async () => {
      const before = snapshot();
      const vip = await admin.uuidOf('vsvip', 'web-vip');
      const wrongType = await admin.post('/api/virtualservice', { name: 'bad-ref', services: [{ port: 80 }], pool_ref: `/api/vsvip/${vip}` });
      expect(wrongType.status).toBe(400);
      expect(wrongType.json.error).toMatch(/pool_ref.*must refer to a Pool object, not a VsVip/);
      const missing = await admin.post('/api/virtualservice', { name: 'bad-ref', services: [{ port: 80 }], pool_ref: '/api/pool?name=x' });
      expect(missing.status).toBe(400);
      expect(missing.json.error).toMatch(/^Pool object not found: \/api\/pool\?name=x \(field pool_ref\)/);
      const missingUuid = await admin.post('/api/virtualservice', { name: 'bad-ref', services: [{ port: 80 }], se_group_ref: '/api/serviceenginegroup/serviceenginegroup-nope' });
      expect(missingUuid.json.error).toMatch(/^ServiceEngineGroup object not found/);
      const uuidOfOtherType = await admin.post('/api/virtualservice', { name: 'bad-ref', services: [{ port: 80 }], pool_ref: `/api/pool/${vip}` });
      expect(uuidOfOtherType.status).toBe(400);
      const garbage = await admin.post('/api/virtualservice', { name: 'bad-ref', services: [{ port: 80 }], pool_ref: 'web-pool' });
      expect(garbage.status).toBe(400);
      expect(garbage.json.error).toMatch(/pool_ref/);
      const nested = await admin.post('/api/virtualservice', { name: 'bad-ref', services: [{ port: 80, override_network_profile_ref: '/api/networkprofile?name=nope' }] });
      expect(nested.status).toBe(400);
      expect(nested.json.error).toMatch(/NetworkProfile object not found/);
      const badName = await admin.post('/api/virtualservice', { name: 'bad-ref', application_profile_name: 42 });
      expect(badName.status).toBe(400);
      expect(badName.json.error).toMatch(/application_profile_name/);
      expect(snapshot()).toBe(before);
    });

    it('refuses a duplicate name in the same tenant with 409, but allows it in another tenant', async () => {
      const before = snapshot();
      const dup = await admin.post('/api/pool', { name: 'web-pool' });
      expect(dup.status).toBe(409);
      expect(dup.json).toEqual({ error: 'Pool with this Name and Tenant ref already exists.' });
      expect((await admin.post('/api/virtualservice', { name: 'web-vs' })).json.error).toBe('VirtualService with this Name and Tenant ref already exists.');
      expect(snapshot()).toBe(before);
      expect((await admin.post('/api/pool', { name: 'web-pool' }, { tenant: 'Engineering' })).status).toBe(201);
      const rename = await admin.patch(`/api/pool/${await admin.uuidOf('pool', 'dns-pool')}`, { replace: { name: 'crm-pool' } });
      expect(rename.status).toBe(409);
    });
  });

  describe('replace, patch, delete', () => {
    it('PUT replaces the whole object: omitted fields fall back to defaults, read-only fields are ignored', async () => {
      const created = (await admin.post('/api/pool', { name: 'put-pool', lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN', description: 'x' })).json;
      const res = await admin.put(`/api/pool/${created.uuid}`, {
        name: 'put-pool',
        url: 'https://elsewhere/api/pool/whatever',
        _last_modified: '1',
        uuid: created.uuid,
      });
      expect(res.status).toBe(200);
      expect(res.json.lb_algorithm).toBe('LB_ALGORITHM_LEAST_CONNECTIONS');
      expect(res.json).not.toHaveProperty('description');
      expect(res.json.url).toBe(`${origin()}/api/pool/${created.uuid}#put-pool`);
      expect(BigInt(res.json._last_modified)).toBeGreaterThan(BigInt(created._last_modified));
      expect(res.json.cloud_ref).toBe(created.cloud_ref);
      const mismatch = await admin.put(`/api/pool/${created.uuid}`, { name: 'put-pool', uuid: 'pool-other' });
      expect(mismatch.status).toBe(400);
      expect(mismatch.json.error).toMatch(/uuid/);
      expect((await admin.put('/api/pool/pool-missing', { name: 'x' })).status).toBe(404);
      const otherCloud = await admin.put(`/api/pool/${created.uuid}`, { name: 'put-pool', cloud_ref: '/api/cloud/cloud-nope' });
      expect(otherCloud.status).toBe(400);
    });

    it('round-trips GET then PUT unchanged', async () => {
      for (const [type, name] of [
        ['virtualservice', 'web-vs'],
        ['pool', 'web-pool'],
        ['applicationprofile', 'System-HTTP'],
        ['serviceenginegroup', 'Routed-Group'],
        ['vsvip', 'web-vip'],
      ] as const) {
        const object = await admin.object(type, name);
        const res = await admin.put(`/api/${type}/${String(object.uuid)}`, object);
        expect(res.status, `${type} ${name}: ${res.text}`).toBe(200);
        const { _last_modified: a, url: _u1, ...rest } = object;
        const after = (await admin.get(`/api/${type}/${String(object.uuid)}`)).json;
        const { _last_modified: b, url: _u2, ...restAfter } = after;
        expect(restAfter).toEqual(rest);
        expect(b).not.toBe(a);
      }
    });

    it('PATCH add appends list entries and merges existing ones by natural key (servers: ip + port)', async () => {
      const pool = await admin.uuidOf('pool', 'web-pool');
      const res = await admin.patch(`/api/pool/${pool}`, {
        add: {
          servers: [
            { ip: { addr: '10.10.10.24', type: 'V4' }, port: 80 },
            { ip: { addr: '10.10.10.21', type: 'V4' }, port: 80, ratio: 5 },
          ],
          description: 'patched',
        },
      });
      expect(res.status).toBe(200);
      expect(res.json.servers.map((s: { ip: { addr: string }; ratio: number }) => `${s.ip.addr}:${s.ratio}`)).toEqual(['10.10.10.21:5', '10.10.10.22:1', '10.10.10.23:1', '10.10.10.24:1']);
      expect(res.json.description).toBe('patched');
    });

    it('PATCH delete removes listed entries and resets scalars; PATCH replace swaps values and lists', async () => {
      const pool = await admin.uuidOf('pool', 'web-pool');
      const deleted = await admin.patch(`/api/pool/${pool}`, { delete: { servers: [{ ip: { addr: '10.10.10.22', type: 'V4' }, port: 80 }], lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN' } });
      expect(deleted.status).toBe(200);
      expect(deleted.json.servers.map((s: { ip: { addr: string } }) => s.ip.addr)).toEqual(['10.10.10.21', '10.10.10.23']);
      expect(deleted.json.lb_algorithm).toBe('LB_ALGORITHM_LEAST_CONNECTIONS');
      const hm = await admin.patch(`/api/pool/${pool}`, { delete: { health_monitor_refs: ['/api/healthmonitor?name=System-HTTP'] } });
      expect(hm.json).not.toHaveProperty('health_monitor_refs');
      const replaced = await admin.patch(`/api/pool/${pool}`, { replace: { servers: [{ ip: { addr: '10.10.10.30', type: 'V4' } }], default_server_port: 8081 } });
      expect(replaced.json.servers).toHaveLength(1);
      expect(replaced.json.default_server_port).toBe(8081);
      const nested = await admin.patch(`/api/applicationprofile/${await admin.uuidOf('applicationprofile', 'System-HTTP')}`, { add: { http_profile: { xff_alternate_name: 'X-Real-IP' } } });
      expect(nested.json.http_profile).toMatchObject({ xff_alternate_name: 'X-Real-IP', connection_multiplexing_enabled: true });
    });

    it('refuses malformed PATCH bodies', async () => {
      const pool = await admin.uuidOf('pool', 'web-pool');
      const before = snapshot();
      for (const body of [{}, { add: {}, replace: {} }, { update: { name: 'x' } }, { add: [1] }, { replace: 'x' }, { replace: { servers: 'x' } }, { replace: { name: null } }]) {
        const res = await admin.patch(`/api/pool/${pool}`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(typeof res.json.error).toBe('string');
      }
      expect(snapshot()).toBe(before);
    });

    it('DELETE answers 204, then 404', async () => {
      const pool = await admin.uuidOf('pool', 'staging-pool');
      const vs = await admin.uuidOf('virtualservice', 'staging-vs');
      expect((await admin.delete(`/api/virtualservice/${vs}`)).status).toBe(204);
      const res = await admin.delete(`/api/pool/${pool}`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await admin.delete(`/api/pool/${pool}`)).status).toBe(404);
      expect((await admin.get(`/api/pool/${pool}`)).status).toBe(404);
    });

    it('refuses to delete an object others refer to, naming them, and system default objects', async () => {
      const before = snapshot();
      const pool = await admin.uuidOf('pool', 'web-pool');
      const res = await admin.delete(`/api/pool/${pool}`);
      expect(res.status).toBe(403);
      expect(res.json).toEqual({ error: "Cannot delete, object is referred by: ['VirtualService web-vs']" });
      const hm = await admin.delete(`/api/healthmonitor/${await admin.uuidOf('healthmonitor', 'System-HTTP')}`);
      expect(hm.status).toBe(403);
      const profile = await admin.delete(`/api/applicationprofile/${await admin.uuidOf('applicationprofile', 'HTTP-Preserve-Client-IP')}`);
      expect(profile.json.error).toBe("Cannot delete, object is referred by: ['VirtualService app-vs']");
      const unused = await admin.post('/api/applicationprofile', { name: 'System-Like', type: 'APPLICATION_PROFILE_TYPE_L4' });
      expect(unused.status).toBe(201);
      const sys = await admin.delete(`/api/applicationprofile/${await admin.uuidOf('applicationprofile', 'System-Syslog')}`);
      expect(sys.status).toBe(403);
      expect(sys.json.error).toMatch(/system default/);
      expect((await admin.delete(`/api/serviceenginegroup/${await admin.uuidOf('serviceenginegroup', 'Default-Group')}`)).status).toBe(403);
      const rename = await admin.patch(`/api/applicationprofile/${await admin.uuidOf('applicationprofile', 'System-HTTP')}`, { replace: { name: 'Renamed-HTTP' } });
      expect(rename.status).toBe(400);
      await admin.delete(`/api/applicationprofile/${unused.json.uuid}`);
      expect(snapshot()).not.toBe(before);
    });
  });

  describe('invalid bodies', () => {
    const cases: [string, { rawBody?: string; body?: unknown; headers?: Record<string, string> }, RegExp, number?][] = [
      ['malformed JSON', { rawBody: '{"name": "x",', headers: { 'Content-Type': 'application/json' } }, /Malformed JSON/],
      ['empty body', { rawBody: '', headers: { 'Content-Type': 'application/json' } }, /empty/],
      ['a list', { body: [{ name: 'x' }] }, /must be a JSON object, not a list/],
      ['null', { body: null }, /must be a JSON object, not null/],
      ['a string', { body: 'pool' }, /must be a JSON object, not a string/],
      ['a number', { body: 42 }, /must be a JSON object/],
      ['a missing name', { body: { servers: [] } }, /Field "name" is required/],
      ['an empty name', { body: { name: '' } }, /Field "name" is required|must not be empty/],
      ['a name of the wrong type', { body: { name: 5 } }, /Field "name" must be a string, not an integer/],
      ['a bad enum', { body: { name: 'x', lb_algorithm: 'LB_ALGORITHM_BEST' } }, /Field "lb_algorithm" must be one of LB_ALGORITHM_LEAST_CONNECTIONS/],
      ['a port out of range', { body: { name: 'x', default_server_port: 70000 } }, /Field "default_server_port" must be at most 65535 \(got 70000\)/],
      ['a negative port', { body: { name: 'x', servers: [{ ip: { addr: '10.1.1.1', type: 'V4' }, port: -1 }] } }, /Field "servers\.0\.port" must be at least 0/],
      ['a bad IP', { body: { name: 'x', servers: [{ ip: { addr: '10.1.1.300', type: 'V4' } }] } }, /Field "servers\.0\.ip\.addr": "10\.1\.1\.300" is not a valid IPv4 address/],
      ['a bad IP type', { body: { name: 'x', servers: [{ ip: { addr: '10.1.1.3', type: 'V5' } }] } }, /servers\.0\.ip\.type/],
      ['a server without ip', { body: { name: 'x', servers: [{ port: 80 }] } }, /Field "servers\.0\.ip" is required/],
      ['a non-integer number', { body: { name: 'x', default_server_port: 80.5 } }, /must be an integer/],
      ['a boolean as string', { body: { name: 'x', enabled: 'yes' } }, /Field "enabled" must be true or false/],
      ['a __proto__ key', { rawBody: '{"name":"x","__proto__":{"polluted":true}}', headers: { 'Content-Type': 'application/json' } }, /"__proto__" is not allowed/],
      ['a nested constructor key', { body: { name: 'x', servers: [{ ip: { addr: '10.1.1.1', type: 'V4' }, constructor: { prototype: {} } }] } }, /constructor" is not allowed/],
      ['deep nesting', { rawBody: `{"name":"x","deep":${'['.repeat(500)}${']'.repeat(500)}}`, headers: { 'Content-Type': 'application/json' } }, /nested too deeply/],
      ['a huge body', { rawBody: JSON.stringify({ name: 'x', blob: 'a'.repeat(5 * 1024 * 1024) }), headers: { 'Content-Type': 'application/json' } }, /too large/, 413],
      ['text/plain that is not JSON', { rawBody: 'name=x', headers: { 'Content-Type': 'text/plain' } }, /Malformed JSON/],
    ];
    for (const [label, request, message, status] of cases) {
      it(`refuses ${label} without changing anything`, async () => {
        const before = snapshot();
        const res = await admin.call('POST', '/api/pool', request);
        expect(res.status).toBe(status ?? 400);
        expect(res.json.error).toMatch(message);
        expect(snapshot()).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }

    it('names nested fields of a virtual service by dotted path', async () => {
      const res = await admin.post('/api/virtualservice', { name: 'v', services: [{ port: 80 }, { port: 70000 }], snat_ip: [{ addr: 'not-an-ip', type: 'V4' }], flow_dist: 'NOPE' });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatch(/Field "services\.1\.port" must be at most 65535/);
      expect(res.json.error).toMatch(/Field "snat_ip\.0\.addr"/);
      expect(res.json.error).toMatch(/Field "flow_dist" must be one of/);
    });

    it('refuses bad bodies on PUT too', async () => {
      const uuid = await admin.uuidOf('pool', 'web-pool');
      const before = snapshot();
      for (const body of [[], { name: 7 }, { name: 'web-pool', default_server_port: 0 }]) {
        expect((await admin.put(`/api/pool/${uuid}`, body)).status).toBe(400);
      }
      expect(snapshot()).toBe(before);
    });
  });

  describe('SPEC section 3 rules', () => {
    const expectRule = (res: { status: number; headers: Headers; json: { error?: string } }, rule: string) => {
      expect(res.status, res.json.error).toBe(400);
      expect(res.headers.get('X-Mock-Rule-Ids')?.split(',')).toContain(rule);
      expect(typeof res.json.error).toBe('string');
    };
    const preserveVs = (extra: Record<string, unknown> = {}) => ({
      name: 'pcip-vs',
      services: [{ port: 80 }],
      pool_ref: '/api/pool?name=app-pool',
      application_profile_ref: '/api/applicationprofile?name=HTTP-Preserve-Client-IP',
      ...extra,
    });

    it('PCIP-ROUTING: refuses a preserving virtual service on a group without IP routing, accepts it on a routed group', async () => {
      const before = snapshot();
      const refused = await admin.post('/api/virtualservice', preserveVs({ se_group_ref: '/api/serviceenginegroup?name=Default-Group' }));
      expectRule(refused, 'PCIP-ROUTING');
      expect(refused.json.error).toMatch(/Service Engine group "Default-Group"/);
      expectRule(await admin.post('/api/virtualservice', preserveVs()), 'PCIP-ROUTING');
      expect(snapshot()).toBe(before);
      const ok = await admin.post('/api/virtualservice', preserveVs({ se_group_ref: '/api/serviceenginegroup?name=Routed-Group' }));
      expect(ok.status).toBe(201);
      expect(ok.headers.get('X-Mock-Rule-Ids')).toBeNull();
    });

    it('PCIP-ROUTING: refuses turning IP routing off under preserving virtual services, accepts it once none are left', async () => {
      const group = await admin.uuidOf('serviceenginegroup', 'Routed-Group');
      const res = await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { enable_routing: false } });
      expectRule(res, 'PCIP-ROUTING');
      expect(res.json.error).toMatch(/"app-vs"/);
      expect(res.json.error).toMatch(/"eng-web-vs"/);
      const appVs = await admin.uuidOf('virtualservice', 'app-vs');
      expect((await admin.patch(`/api/virtualservice/${appVs}`, { replace: { application_profile_ref: '/api/applicationprofile?name=System-HTTP' } })).status).toBe(200);
      const engVs = await admin.uuidOf('virtualservice', 'eng-web-vs', 'Engineering');
      expect((await admin.patch(`/api/virtualservice/${engVs}`, { replace: { application_profile_name: 'System-HTTP' } }, { tenant: 'Engineering' })).status).toBe(200);
      expect((await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { enable_routing: false } })).status).toBe(200);
    });

    it('PCIP-MUX: refuses preserve client IP with connection multiplexing (on by default), accepts it with multiplexing off', async () => {
      expectRule(await admin.post('/api/applicationprofile', { name: 'mux', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: true }), 'PCIP-MUX');
      expectRule(
        await admin.post('/api/applicationprofile', { name: 'mux', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: true } }),
        'PCIP-MUX',
      );
      const ok = await admin.post('/api/applicationprofile', { name: 'mux', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false } });
      expect(ok.status).toBe(201);
      const profile = await admin.uuidOf('applicationprofile', 'HTTP-Preserve-Client-IP');
      expectRule(await admin.patch(`/api/applicationprofile/${profile}`, { add: { http_profile: { connection_multiplexing_enabled: true } } }), 'PCIP-MUX');
    });

    it('PCIP-SNAT: refuses SNAT (snat_ip or use_vip_as_snat) with a preserving profile, on the virtual service and on the profile', async () => {
      const routed = { se_group_ref: '/api/serviceenginegroup?name=Routed-Group' };
      expectRule(await admin.post('/api/virtualservice', preserveVs({ ...routed, snat_ip: [{ addr: '10.10.40.60', type: 'V4' }] })), 'PCIP-SNAT');
      expectRule(await admin.post('/api/virtualservice', preserveVs({ ...routed, use_vip_as_snat: true })), 'PCIP-SNAT');
      expect((await admin.post('/api/virtualservice', preserveVs(routed))).status).toBe(201);
      // Profile side: a profile used by a (disabled) virtual service with SNAT cannot start preserving the client IP.
      const profile = await admin.post('/api/applicationprofile', { name: 'snat-side', type: 'APPLICATION_PROFILE_TYPE_HTTP', http_profile: { connection_multiplexing_enabled: false } });
      await admin.post('/api/virtualservice', { name: 'snat-vs', enabled: false, services: [{ port: 81 }], application_profile_ref: `/api/applicationprofile/${profile.json.uuid}`, se_group_ref: '/api/serviceenginegroup?name=Routed-Group', snat_ip: [{ addr: '10.10.40.61', type: 'V4' }] });
      expectRule(await admin.patch(`/api/applicationprofile/${profile.json.uuid}`, { replace: { preserve_client_ip: true } }), 'PCIP-SNAT');
      const vs = await admin.uuidOf('virtualservice', 'snat-vs');
      expect((await admin.patch(`/api/virtualservice/${vs}`, { delete: { snat_ip: [{ addr: '10.10.40.61', type: 'V4' }] } })).status).toBe(200);
      expect((await admin.patch(`/api/applicationprofile/${profile.json.uuid}`, { replace: { preserve_client_ip: true } })).status).toBe(200);
    });

    it('PCIP-ENABLED-VS: refuses changing preserve client IP on a profile used by enabled virtual services, listing them', async () => {
      const profile = await admin.uuidOf('applicationprofile', 'HTTP-Preserve-Client-IP');
      const before = snapshot();
      const res = await admin.patch(`/api/applicationprofile/${profile}`, { replace: { preserve_client_ip: false } });
      expectRule(res, 'PCIP-ENABLED-VS');
      expect(res.json.error).toMatch(/"app-vs"/);
      expect(snapshot()).toBe(before);
      const vs = await admin.uuidOf('virtualservice', 'app-vs');
      expect((await admin.patch(`/api/virtualservice/${vs}`, { replace: { enabled: false } })).status).toBe(200);
      expect((await admin.patch(`/api/applicationprofile/${profile}`, { replace: { preserve_client_ip: false } })).status).toBe(200);
      // Other changes to a profile in use are fine.
      const systemHttp = await admin.uuidOf('applicationprofile', 'System-HTTP');
      expect((await admin.patch(`/api/applicationprofile/${systemHttp}`, { replace: { description: 'edited' } })).status).toBe(200);
    });

    it('XFF-HTTP-ONLY: refuses HTTP settings on a non-HTTP profile', async () => {
      expectRule(await admin.post('/api/applicationprofile', { name: 'l4-xff', type: 'APPLICATION_PROFILE_TYPE_L4', http_profile: { xff_enabled: true } }), 'XFF-HTTP-ONLY');
      const l4 = await admin.uuidOf('applicationprofile', 'System-L4-Application');
      expectRule(await admin.patch(`/api/applicationprofile/${l4}`, { add: { http_profile: { xff_enabled: true } } }), 'XFF-HTTP-ONLY');
      expect((await admin.post('/api/applicationprofile', { name: 'l4-xff', type: 'APPLICATION_PROFILE_TYPE_L4' })).status).toBe(201);
      expect((await admin.post('/api/applicationprofile', { name: 'http-xff', type: 'APPLICATION_PROFILE_TYPE_HTTP', http_profile: { xff_enabled: true, xff_alternate_name: 'X-Client' } })).status).toBe(201);
    });

    it('PROXY-L4-ONLY: refuses PROXY protocol on a non-L4 profile', async () => {
      expectRule(
        await admin.post('/api/applicationprofile', { name: 'http-proxy', type: 'APPLICATION_PROFILE_TYPE_HTTP', tcp_app_profile: { proxy_protocol_enabled: true } }),
        'PROXY-L4-ONLY',
      );
      expectRule(await admin.post('/api/applicationprofile', { name: 'ssl-proxy', type: 'APPLICATION_PROFILE_TYPE_SSL', tcp_app_profile: { proxy_protocol_enabled: true } }), 'PROXY-L4-ONLY');
      const ok = await admin.post('/api/applicationprofile', { name: 'l4-proxy', type: 'APPLICATION_PROFILE_TYPE_L4', tcp_app_profile: { proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_1' } });
      expect(ok.status).toBe(201);
    });

    it('ROUTING-SCOPE: refuses enabling IP routing while a prerequisite is unmet, naming it; accepts it once met', async () => {
      const group = await admin.uuidOf('serviceenginegroup', 'Elastic-Group');
      const res = await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { enable_routing: true } });
      expectRule(res, 'ROUTING-SCOPE');
      expect(res.json.error).toMatch(/Legacy HA Active\/Standby/);
      expect(res.json.error).toMatch(/floating interface IP/);
      const legacy = { enable_routing: true, ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY', active_standby: true };
      expectRule(await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { ...legacy, floating_intf_ip: [{ addr: '172.16.0.1', type: 'V4' }] } }), 'ROUTING-SCOPE');
      expectRule(
        await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { ...legacy, floating_intf_ip: [{ addr: '10.10.10.12', type: 'V4' }], distribute_load_active_standby: true } }),
        'ROUTING-SCOPE',
      );
      expectRule(await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { ...legacy, floating_intf_ip: [{ addr: 'fd00::12', type: 'V6' }] } }), 'ROUTING-SCOPE');
      const ok = await admin.patch(`/api/serviceenginegroup/${group}`, { replace: { ...legacy, floating_intf_ip: [{ addr: '10.10.10.12', type: 'V4' }] } });
      expect(ok.status).toBe(200);
      expectRule(await admin.post('/api/serviceenginegroup', { name: 'new-routed', enable_routing: true }), 'ROUTING-SCOPE');
    });

    it('ROUTING-SCOPE: refuses preserving virtual services whose servers are not directly connected or that leave the global VRF', async () => {
      const routed = { se_group_ref: '/api/serviceenginegroup?name=Routed-Group' };
      const remote = await admin.post('/api/virtualservice', preserveVs({ ...routed, pool_ref: '/api/pool?name=legacy-pool' }));
      expectRule(remote, 'ROUTING-SCOPE');
      expect(remote.json.error).toMatch(/192\.168\.50\.10/);
      expectRule(await admin.post('/api/virtualservice', preserveVs({ ...routed, vrf_context_ref: '/api/vrfcontext?name=management' })), 'ROUTING-SCOPE');
      expect((await admin.post('/api/virtualservice', preserveVs(routed))).status).toBe(201);
    });

    it('ROUTING-SCOPE: re-checks the virtual services that use a pool or VS VIP when it changes', async () => {
      const pool = await admin.uuidOf('pool', 'app-pool');
      const before = snapshot();
      expectRule(await admin.patch(`/api/pool/${pool}`, { add: { servers: [{ ip: { addr: '192.168.50.20', type: 'V4' }, port: 8080 }] } }), 'ROUTING-SCOPE');
      expect(snapshot()).toBe(before);
      expect((await admin.patch(`/api/pool/${pool}`, { add: { servers: [{ ip: { addr: '10.10.10.33', type: 'V4' }, port: 8080 }] } })).status).toBe(200);
      const vip = await admin.uuidOf('vsvip', 'app-vip');
      expectRule(await admin.patch(`/api/vsvip/${vip}`, { replace: { vip: [{ vip_id: '0', ip6_address: { addr: 'fd00::101', type: 'V6' } }] } }), 'ROUTING-SCOPE');
      expect((await admin.patch(`/api/vsvip/${vip}`, { replace: { vip: [{ vip_id: '0', ip_address: { addr: '10.10.40.111', type: 'V4' } }] } })).status).toBe(200);
      // The same pool change is fine for a pool no preserving virtual service uses.
      const legacy = await admin.uuidOf('pool', 'web-pool');
      expect((await admin.patch(`/api/pool/${legacy}`, { add: { servers: [{ ip: { addr: '192.168.50.21', type: 'V4' }, port: 80 }] } })).status).toBe(200);
    });

    it('ROUTING-SCOPE: refuses network, cloud and VRF changes that break a routed group, accepts harmless ones', async () => {
      const before = snapshot();
      const backend = await admin.uuidOf('network', 'Backend-Net');
      expectRule(await admin.delete(`/api/network/${backend}`), 'ROUTING-SCOPE');
      expectRule(await admin.patch(`/api/network/${backend}`, { replace: { configured_subnets: [{ prefix: { ip_addr: { addr: '10.99.0.0', type: 'V4' }, mask: 16 } }] } }), 'ROUTING-SCOPE');
      const cloud = await admin.uuidOf('cloud', 'Default-Cloud');
      expectRule(await admin.patch(`/api/cloud/${cloud}`, { replace: { vtype: 'CLOUD_AWS' } }), 'ROUTING-SCOPE');
      const global = await admin.uuidOf('vrfcontext', 'global');
      expect((await admin.patch(`/api/vrfcontext/${global}`, { replace: { name: 'renamed' } })).status).toBe(400);
      expect(snapshot()).toBe(before);
      expect((await admin.patch(`/api/network/${backend}`, { replace: { description: 'still connected' } })).status).toBe(200);
      expect((await admin.post('/api/network', { name: 'Extra-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.50.0', type: 'V4' }, mask: 24 } }] })).status).toBe(201);
      expect((await admin.delete(`/api/network/${await admin.uuidOf('network', 'Extra-Net')}`)).status).toBe(204);
    });
  });

  describe('control API (mock only)', () => {
    it('resets to a seed, keeping sessions unless asked', async () => {
      expect((await admin.post('/api/pool', { name: 'temp' })).status).toBe(201);
      const anonymous = new Client(transport);
      const res = await anonymous.post('/__mock__/reset', { seed: 'default' });
      expect(res.status).toBe(200);
      expect(res.json.seed).toBe('default');
      expect((await admin.get('/api/pool?name=temp')).json.count).toBe(0);
      expect((await anonymous.post('/__mock__/reset', {})).status).toBe(200);
      expect((await anonymous.post('/__mock__/reset', { seed: 'nope' })).status).toBe(400);
      expect((await anonymous.post('/__mock__/reset', { clearSessions: true })).status).toBe(200);
      expect((await admin.get('/api/pool')).status).toBe(401);
    });

    it('injects faults by method and path, counts them down, and clears them', async () => {
      const anonymous = new Client(transport);
      const added = await anonymous.post('/__mock__/faults', { method: 'GET', path: '^/api/pool', status: 503, body: { error: 'Controller is not ready' }, times: 2 });
      expect(added.status).toBe(201);
      expect(added.json).toMatchObject({ id: expect.any(Number), status: 503, times: 2 });
      expect((await anonymous.get('/__mock__/faults')).json.faults).toHaveLength(1);
      expect((await admin.get('/api/virtualservice')).status).toBe(200);
      const first = await admin.get('/api/pool?page_size=1');
      expect(first.status).toBe(503);
      expect(first.json).toEqual({ error: 'Controller is not ready' });
      expect((await admin.get('/api/pool')).status).toBe(503);
      expect((await admin.get('/api/pool')).status).toBe(200);
      await anonymous.post('/__mock__/faults', { path: '/api/virtualservice', status: 500 });
      await anonymous.post('/__mock__/faults', { method: 'POST', path: '^/login$', status: 502, body: 'Bad gateway' });
      expect((await admin.get('/api/virtualservice')).status).toBe(500);
      expect((await admin.get('/api/virtualservice')).status).toBe(500);
      const login = await new Client(transport).login();
      expect(login.status).toBe(502);
      expect(login.text).toBe('Bad gateway');
      expect((await anonymous.delete('/__mock__/faults')).status).toBe(204);
      expect((await admin.get('/api/virtualservice')).status).toBe(200);
      const delayed = await anonymous.post('/__mock__/faults', { path: '^/api/tenant', delayMs: 5, times: 1 });
      expect(delayed.status).toBe(201);
      expect((await admin.get('/api/tenant')).status).toBe(200);
      for (const bad of [{ path: '(' }, { path: 'x', status: 99 }, { path: 'x' }, { status: 500 }, { path: 'x', status: 500, times: -1 }]) {
        expect((await anonymous.post('/__mock__/faults', bad)).status, JSON.stringify(bad)).toBe(400);
      }
    });

    it('expires every session on demand', async () => {
      const res = await new Client(transport).post('/__mock__/sessions/expire', undefined);
      expect(res.status).toBe(200);
      expect(res.json.expired).toBeGreaterThanOrEqual(1);
      expect((await admin.get('/api/pool')).status).toBe(401);
    });

    it('describes itself and reports state and a snapshot', async () => {
      const anonymous = new Client(transport);
      expect((await anonymous.get('/__mock__')).json.endpoints).toHaveProperty(['POST /__mock__/reset']);
      const state = (await anonymous.get('/__mock__/state')).json;
      expect(state).toMatchObject({ seed: 'default', counts: { virtualservice: 8, tenant: 2 } });
      const snap = (await anonymous.get('/__mock__/snapshot')).json;
      expect(snap.records.length).toBe(state.objects);
      expect((await anonymous.get('/__mock__/nothing')).status).toBe(404);
    });
  });
}

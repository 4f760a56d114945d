import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupMockController, type NodeMockController } from '../node';

describe('node helper (msw/node) for other test suites', () => {
  let mock: NodeMockController;
  beforeAll(async () => {
    mock = await setupMockController({ onUnhandledRequest: 'error' });
  });
  afterAll(() => mock.close());

  it('logs in, keeps cookies, sends X-CSRFToken on writes', async () => {
    expect((await mock.login()).status).toBe(200);
    expect(mock.cookie('csrftoken')).toMatch(/^[A-Za-z0-9]{32}$/);
    const list = await mock.fetch(`${mock.baseUrl}/api/virtualservice?fields=name`, { headers: { 'X-Avi-Version': '17.2.15' } });
    expect(((await list.json()) as { count: number }).count).toBe(6);
    const created = await mock.fetch(`${mock.baseUrl}/api/pool`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Avi-Version': '17.2.15' }, body: JSON.stringify({ name: 'helper-pool' }) });
    expect(created.status).toBe(201);
    await mock.reset();
    const after = await mock.fetch(`${mock.baseUrl}/api/pool?name=helper-pool`, { headers: { 'X-Avi-Version': '17.2.15' } });
    expect(((await after.json()) as { count: number }).count).toBe(0);
  });

  it('logs in as the read-only user', async () => {
    const res = await mock.login('viewer');
    expect(res.status).toBe(200);
    const write = await mock.fetch(`${mock.baseUrl}/api/pool`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"x"}' });
    expect(write.status).toBe(403);
  });
});

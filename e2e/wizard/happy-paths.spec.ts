import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../support/session';
import { controllerApi } from './support/api';
import { snapshot } from './support/artifacts';
import { expectStep, fillSettings, goToStep, next, openAdvancedWizard, profileEditor, reviewRequests, save, wizardNav } from './support/wizard';

// Each test walks the whole wizard against the mock in the page: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function toReview(page: Page) {
  await next(page, 'Policies');
  await next(page, 'Analytics');
  await next(page, 'Advanced');
  await next(page, 'Review');
}

test('an L4 virtual service whose new profile passes the client IP with PROXY protocol v2', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'tcp-app', vip: '10.10.40.180', port: '9443', servers: ['10.10.10.83'] });
  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  const editor = profileEditor(page);
  await editor.getByLabel('Name', { exact: true }).fill('L4-PROXY-v2');
  await editor.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'L4' });
  await editor.getByRole('checkbox', { name: 'PROXY Protocol', exact: true }).check();
  await editor.getByRole('combobox', { name: 'Header version' }).selectOption({ label: 'Version 2 (binary)' });
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('L4-PROXY-v2');
  await expect(page.getByText('L4 · PROXY protocol')).toBeVisible();
  await toReview(page);
  await save(page);
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);

  const api = controllerApi(page);
  const profile = await api.findByName<{ uuid: string; type: string; tcp_app_profile: unknown }>('applicationprofile', 'L4-PROXY-v2');
  expect(profile).toMatchObject({ type: 'APPLICATION_PROFILE_TYPE_L4', tcp_app_profile: { proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_2' } });
  const vs = await api.findByName<{ application_profile_ref: string; services: unknown }>('virtualservice', 'tcp-app');
  expect(vs.application_profile_ref).toContain(profile.uuid);
  expect(vs.services).toEqual([{ port: 9443, enable_ssl: false, port_range_end: 9443 }]);
});

test('an HTTP virtual service whose new profile inserts X-Forwarded-For under its own header name', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'xff-app', vip: '10.10.40.181', servers: ['10.10.10.84'] });
  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  const editor = profileEditor(page);
  await editor.getByLabel('Name', { exact: true }).fill('HTTP-Real-Client');
  await expect(editor.getByRole('checkbox', { name: 'X-Forwarded-For', exact: true })).toBeChecked();
  await editor.getByLabel('XFF header name').fill('X Real Client');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByText('A header name has letters, digits and - only, without spaces')).toBeVisible();
  await editor.getByLabel('XFF header name').fill('X-Real-Client');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText(/X-Forwarded-For \(header X-Real-Client\)/)).toBeVisible();
  await toReview(page);
  await save(page);
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);
  const profile = await controllerApi(page).findByName<{ http_profile: unknown }>('applicationprofile', 'HTTP-Real-Client');
  expect(profile.http_profile).toMatchObject({ xff_enabled: true, xff_alternate_name: 'X-Real-Client' });
});

test('editing an existing virtual service: deep link, any step, one PUT that changes only what was edited', async ({ page }, testInfo) => {
  await signIn(page);
  const api = controllerApi(page);
  const loaded = await api.findByName<{ uuid: string } & Record<string, unknown>>('virtualservice', 'web-vs');
  const raw = (await api.get<Record<string, unknown>>(`/api/virtualservice/${loaded.uuid}`)).body;
  await page.goto(`/applications/virtual-services/${loaded.uuid}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Virtual Service: web-vs' })).toBeVisible({ timeout: 20_000 });
  await expectStep(page, 'Settings');
  await expect(wizardNav(page).getByRole('button', { name: 'Review' })).toBeEnabled();

  // Unchanged: the PUT sends back exactly what was loaded.
  await goToStep(page, 'Review');
  const unchanged = await reviewRequests(page);
  expect(unchanged).toEqual([{ method: 'PUT', path: `/api/virtualservice/${loaded.uuid}`, body: raw }]);

  await goToStep(page, 'Advanced');
  await page.getByLabel('Weight').fill('4');
  await goToStep(page, 'Settings');
  await page.getByRole('checkbox', { name: 'Server 2 enabled' }).uncheck();
  await goToStep(page, 'Review');
  await snapshot(page, testInfo, 'edit-review');
  const requests = await reviewRequests(page);
  expect(requests.map((r) => `${r.method} ${r.path.split('/').slice(0, 3).join('/')}`)).toEqual(['PUT /api/pool', 'PUT /api/virtualservice']);
  expect(requests[1]!.body).toEqual({ ...raw, weight: 4 });
  await save(page);
  await expect(page).toHaveURL(new RegExp(`/virtual-services/${loaded.uuid}$`));

  const after = (await api.get<Record<string, unknown>>(`/api/virtualservice/${loaded.uuid}`)).body;
  expect({ ...after, _last_modified: undefined }).toEqual({ ...raw, weight: 4, _last_modified: undefined });
  const pool = await api.findByName<{ servers: { enabled: boolean }[] }>('pool', 'web-pool');
  expect(pool.servers.map((s) => s.enabled)).toEqual([true, false, true]);
});

test('Basic Setup creates the pool, the VS VIP and the virtual service with the default profiles', async ({ page }, testInfo) => {
  await signIn(page, 'admin', { path: '/applications/virtual-services' });
  await page.getByRole('button', { name: 'Create Virtual Service' }).click();
  await page.getByRole('menuitem', { name: 'Basic Setup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New Virtual Service (Basic Setup)' })).toBeVisible();
  await page.getByLabel('Virtual Service Name').fill('basic-tcp');
  await page.getByLabel('VIP Address').fill('10.10.40.185');
  await page.getByRole('radio', { name: /^L4/ }).check();
  await page.getByLabel('Service Port').fill('7000');
  await page.getByLabel('Server 1 IP address').fill('10.10.10.85');
  await snapshot(page, testInfo, 'basic-setup');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);

  const api = controllerApi(page);
  const vs = await api.findByName<Record<string, string> & { services: unknown; analytics_policy: unknown }>('virtualservice', 'basic-tcp');
  const pool = await api.findByName<{ uuid: string; servers: { ip: { addr: string } }[] }>('pool', 'basic-tcp-pool');
  const vip = await api.findByName<{ uuid: string }>('vsvip', 'basic-tcp-VsVip');
  const l4 = await api.findByName<{ uuid: string }>('applicationprofile', 'System-L4-Application');
  const tcpProxy = await api.findByName<{ uuid: string }>('networkprofile', 'System-TCP-Proxy');
  expect(pool.servers.map((s) => s.ip.addr)).toEqual(['10.10.10.85']);
  expect(vs.pool_ref).toContain(pool.uuid);
  expect(vs.vsvip_ref).toContain(vip.uuid);
  expect(vs.application_profile_ref).toContain(l4.uuid);
  expect(vs.network_profile_ref).toContain(tcpProxy.uuid);
  expect(vs.services).toEqual([{ port: 7000, enable_ssl: false, port_range_end: 7000 }]);
  expect(vs.analytics_policy).toMatchObject({ metrics_realtime_update: { enabled: true, duration: 60 }, full_client_logs: { enabled: true, duration: 30 } });
});

test('the wizard route opens directly (deep link) and only the first step is open', async ({ page }) => {
  await signIn(page, 'admin', { path: '/applications/virtual-services/create' });
  await expectStep(page, 'Settings');
  for (const step of ['Policies', 'Analytics', 'Advanced', 'Review']) {
    await expect(wizardNav(page).getByRole('button', { name: step })).toBeDisabled();
  }
  // Next validates the step: nothing is filled yet.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Enter a name for the virtual service')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toBeFocused();
  await expect(wizardNav(page).getByRole('button', { name: 'Policies' })).toBeDisabled();
});

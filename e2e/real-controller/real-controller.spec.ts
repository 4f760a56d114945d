import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type TestInfo } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { mockServerControl } from '../support/mock-control';
import { openList, routes, rowOf, toggleSwitch } from '../support/pages';
import { fillSignInForm, signIn, signOut } from '../support/session';
import { goToStep, next, openSeGroupPicker, preparePreservingOnRoutedGroup, save, seGroupOption } from '../wizard/support/wizard';

/**
 * The production build (`npm run build`) served by `npm run serve`, whose proxy forwards /login, /logout
 * and /api to a controller: here the standalone mock controller, reset before each test.
 */
const mockControllerUrl = (testInfo: TestInfo) => String(testInfo.project.metadata.mockControllerUrl);

test.beforeEach(async ({ request }, testInfo) => {
  await mockServerControl(request, mockControllerUrl(testInfo)).reset();
});

test('the production build contains no mock code and the page registers no service worker', async ({ page }, testInfo) => {
  const dir = String(testInfo.project.metadata.staticDir);
  const files = (function walk(d: string): string[] {
    return readdirSync(d).flatMap((name) => (statSync(path.join(d, name)).isDirectory() ? walk(path.join(d, name)) : [path.join(d, name)]));
  })(dir);
  expect(files.map((f) => path.basename(f))).not.toContain('mockServiceWorker.js');
  for (const file of files.filter((f) => /\.(js|html|css)$/.test(f))) {
    const found = /\bmsw\b|mocks|mockServiceWorker|__mock__|setupWorker/.exec(readFileSync(file, 'utf8'));
    expect(found?.[0], `mock code in ${file}`).toBeUndefined();
  }
  await signIn(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await expect(page.getByText('Demo', { exact: true })).toHaveCount(0);
});

test('signs in through the proxy, refuses bad credentials, and signs out', async ({ page }) => {
  await page.goto('/sign-in');
  await fillSignInForm(page, 'admin', 'nope');
  await expect(page.getByRole('alert')).toContainText('The username or password is incorrect.');
  await fillSignInForm(page, 'admin', 'avi123');
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Services' })).toBeVisible();
  await expect(rowOf(page, 'app-vs')).toBeVisible();
  expect(await page.evaluate(() => document.cookie)).toMatch(/csrftoken=/);
  await signOut(page);
  expect((await controllerApi(page).get('/api/tenant')).status).toBe(401);
});

test('switches tenant: X-Avi-Tenant reaches the controller', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  await expect(rowOf(page, 'web-vs')).toBeVisible();
  await page.getByRole('button', { name: 'Tenant: admin' }).click();
  await page.getByRole('option', { name: 'Engineering' }).click();
  await expect(rowOf(page, 'eng-api-vs')).toBeVisible();
  await expect(rowOf(page, 'web-vs')).toHaveCount(0);
});

test('the wizard creates a virtual service preserving the client IP on the routed SE group, and offers no other group', async ({ page }) => {
  await preparePreservingOnRoutedGroup(page, 'wizard-keep-ip-vs');
  await goToStep(page, 'Advanced');
  await openSeGroupPicker(page);
  for (const group of ['Default-Group', 'Elastic-Group']) await expect(seGroupOption(page, group)).toBeDisabled();
  await page.keyboard.press('Escape');
  await next(page, 'Review');
  await save(page);
  await expect(page).toHaveURL(/\/applications\/virtual-services\/virtualservice-/);
  // Visible: until the wizard has left the page, its steps (kept rendered, hidden) hold the same sentence.
  await expect(page.getByText('Servers learn the client IP through Preserve Client IP.').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Problems' })).toHaveCount(0);
  const api = controllerApi(page);
  const stored = await api.findByName<{ se_group_ref: string }>('virtualservice', 'wizard-keep-ip-vs');
  const routed = await api.findByName<{ uuid: string }>('serviceenginegroup', 'Routed-Group');
  expect(stored.se_group_ref.split('#')[0]!.endsWith(`/${routed.uuid}`)).toBe(true);
});

test('the controller behind the proxy accepts Preserve Client IP on the routed SE group and refuses it on the other', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  const api = controllerApi(page);
  const pool = (name: string, ip: string) => api.post('/api/pool', { name, servers: [{ ip: { addr: ip, type: 'V4' }, port: 8080 }] });
  expect((await pool('keep-ip-pool', '10.10.10.35')).status).toBe(201);
  expect((await pool('refused-pool', '10.10.10.36')).status).toBe(201);
  const virtualService = (name: string, seGroup: string, poolName: string, addr: string) =>
    api.post<{ error?: string }>('/api/virtualservice', {
      name,
      enabled: false,
      services: [{ port: 80 }],
      vip: [{ vip_id: '0', ip_address: { addr, type: 'V4' } }],
      pool_ref: `/api/pool?name=${poolName}`,
      application_profile_ref: '/api/applicationprofile?name=HTTP-Preserve-Client-IP',
      se_group_ref: `/api/serviceenginegroup?name=${seGroup}`,
    });

  expect((await virtualService('keep-ip-vs', 'Routed-Group', 'keep-ip-pool', '10.10.40.130')).status).toBe(201);
  const refused = await virtualService('refused-vs', 'Default-Group', 'refused-pool', '10.10.40.131');
  expect(refused.status).toBe(400);
  expect(refused.body.error).toContain('Default-Group');

  await openList(page, routes.virtualServices, 'Virtual Services');
  const created = rowOf(page, 'keep-ip-vs');
  await expect(created).toContainText('Preserve Client IP');
  await expect(created).toContainText('IP routing on');
  await expect(rowOf(page, 'refused-vs')).toHaveCount(0);
  await created.getByRole('link', { name: 'keep-ip-vs' }).click();
  // Visible: until the wizard has left the page, its steps (kept rendered, hidden) hold the same sentence.
  await expect(page.getByText('Servers learn the client IP through Preserve Client IP.').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Problems' })).toHaveCount(0);
});

test('an expired session asks to sign in again over the page and carries on', async ({ page, request }, testInfo) => {
  await signIn(page, 'admin', { path: routes.seGroups });
  await expect(rowOf(page, 'Routed-Group')).toBeVisible();
  await mockServerControl(request, mockControllerUrl(testInfo)).expireSessions();
  await page.getByRole('textbox', { name: 'Search Service Engine groups by name' }).fill('Elastic');
  const reauth = page.getByRole('dialog', { name: 'Session expired' });
  await reauth.getByRole('textbox', { name: 'Password' }).fill('avi123');
  await reauth.getByRole('button', { name: 'Sign in' }).click();
  await expect(reauth).toBeHidden();
  await expect(rowOf(page, 'Elastic-Group')).toBeVisible();
  await expect(rowOf(page, 'Routed-Group')).toHaveCount(0);
});

test('when the dark theme cannot be loaded the console stays light, says so, and keeps the light choice', async ({ page }) => {
  await signIn(page);
  await page.route(/dark-tokens[^/]*\.css/, (route) => route.abort());
  const darkTheme = page.getByRole('switch', { name: 'Dark theme' });
  await toggleSwitch(darkTheme);
  await expect(page.getByRole('heading', { name: /The dark theme is not available/ })).toBeVisible();
  await expect(darkTheme).not.toBeChecked();
  await expect(page.locator('html')).not.toHaveClass(/pf-v6-theme-dark/);
  expect(await page.evaluate(() => localStorage.getItem('console.theme'))).not.toBe('dark');

  await page.unroute(/dark-tokens[^/]*\.css/);
  await toggleSwitch(darkTheme);
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await expect(darkTheme).toBeChecked();
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeChecked();
});

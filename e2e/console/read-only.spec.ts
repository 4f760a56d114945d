import { expect, test } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { mockControl } from '../support/mock-control';
import { openList, routes, toast, toggleSwitch } from '../support/pages';
import { signIn } from '../support/session';

test.describe('a read-only user', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'viewer');
  });

  test('is marked read-only; virtual services offer no enabled write control', async ({ page }) => {
    await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
    await openList(page, routes.virtualServices, 'Virtual Services');
    await expect(page.getByRole('button', { name: 'Create Virtual Service' })).toBeDisabled();
    for (const control of await page.getByRole('switch', { name: /^Enabled: / }).all()) await expect(control).toBeDisabled();
    await page.getByRole('button', { name: 'Actions for web-vs' }).click();
    for (const action of ['Edit', 'Disable', 'Delete']) await expect(page.getByRole('menuitem', { name: new RegExp(`^${action}`) })).toBeDisabled();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'web-vs', exact: true }).click();
    for (const action of ['Edit', 'Disable', 'Delete']) await expect(page.getByRole('button', { name: action, exact: true })).toBeDisabled();
  });

  test('application profiles and pools offer no enabled write control', async ({ page }) => {
    await openList(page, routes.applicationProfiles, 'Application Profiles');
    await expect(page.getByRole('button', { name: 'Create Application Profile' })).toBeDisabled();
    await page.getByRole('button', { name: 'Actions for System-HTTP' }).click();
    for (const action of ['Edit', 'Clone', 'Delete']) await expect(page.getByRole('menuitem', { name: new RegExp(`^${action}`) })).toBeDisabled();
    await page.keyboard.press('Escape');
    await openList(page, routes.pools, 'Pools');
    await expect(page.getByRole('button', { name: 'Create Pool' })).toBeDisabled();
    await page.getByRole('button', { name: 'Actions for web-pool' }).click();
    for (const action of ['Edit', 'Delete']) await expect(page.getByRole('menuitem', { name: new RegExp(`^${action}`) })).toBeDisabled();
  });

  test('SE groups and VRF contexts offer no enabled write control', async ({ page }) => {
    await openList(page, routes.seGroups, 'Service Engine Groups');
    await page.getByRole('link', { name: 'Default-Group', exact: true }).click();
    await expect(page.getByRole('switch', { name: 'IP Routing' })).toBeDisabled();
    await expect(page.getByRole('combobox', { name: 'HA mode' })).toBeDisabled();
    await expect(page.getByRole('switch', { name: 'Distribute Load' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Add floating IP' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await openList(page, routes.vrfContexts, 'VRF Contexts');
    await page.getByRole('link', { name: 'global', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Change default gateway' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Add static route' })).toBeDisabled();
    await page.getByRole('button', { name: 'Actions for route 0.0.0.0/0' }).click();
    for (const action of ['Edit', 'Remove']) await expect(page.getByRole('menuitem', { name: new RegExp(`^${action}`) })).toBeDisabled();
  });

  test('is refused by the controller too', async ({ page }) => {
    const answer = await controllerApi(page).post('/api/pool', { name: 'sneaky-pool' });
    expect(answer.status).toBe(403);
  });
});

test('a 403 from the controller is explained, with its own words', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  await mockControl(page).injectFault({ method: 'PATCH', path: '^/api/virtualservice/', status: 403, body: { error: 'Configuration is disallowed during upgrade' }, times: 1 });
  await toggleSwitch(page.getByRole('switch', { name: 'Enabled: web-vs' }));
  await expect(toast(page, 'Could not disable "web-vs"')).toBeVisible();
  const notifications = page.getByRole('list', { name: 'Notifications' });
  await expect(notifications).toContainText('Not permitted: Your role does not allow this in the current tenant.');
  await expect(notifications).toContainText('Configuration is disallowed during upgrade');
});

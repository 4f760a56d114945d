import { expect, test } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { forbidDialogs, openList, routes, rowAction, rowOf, toast } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.pools });
});

test('edits a pool\u2019s servers with clear messages for bad input, keeping what the form does not show', async ({ page }) => {
  await rowAction(page, 'web-pool', 'Edit');
  const dialog = page.getByRole('dialog', { name: 'Edit pool web-pool' });
  await dialog.getByRole('button', { name: 'Add server' }).click();
  const ip = dialog.getByRole('textbox', { name: 'Server 4 IP address' });
  const port = dialog.getByRole('textbox', { name: 'Server 4 port' });
  await ip.fill('10.10.10.256');
  await port.fill('99999');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(ip).toHaveAccessibleDescription(/"10\.10\.10\.256" is not an IP address/);
  await expect(port).toHaveAccessibleDescription(/"99999" is not a port/);
  await ip.fill('10.10.10.24');
  await port.fill('8080');
  await dialog.getByRole('checkbox', { name: 'Server 2 enabled' }).uncheck();
  await dialog.getByRole('button', { name: 'Remove server 3' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Pool "web-pool" saved')).toBeVisible();
  await expect(rowOf(page, 'web-pool')).toContainText('10.10.10.22:80 (disabled)');
  await expect(rowOf(page, 'web-pool')).toContainText('10.10.10.24:8080');

  const pool = await controllerApi(page).findByName<Record<string, unknown>>('pool', 'web-pool');
  expect(pool).toMatchObject({ lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN' });
  expect((pool.health_monitor_refs as string[]).length).toBe(1);
  expect((pool.servers as { ip: { addr: string }; port?: number; enabled: boolean }[]).map((s) => [s.ip.addr, s.port, s.enabled])).toEqual([
    ['10.10.10.21', 80, true],
    ['10.10.10.22', 80, false],
    ['10.10.10.24', 8080, true],
  ]);
});

test('creates a pool and deletes it; a pool in use cannot be deleted', async ({ page }) => {
  await page.getByRole('button', { name: 'Create Pool' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create pool' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('api-pool');
  await dialog.getByRole('textbox', { name: 'Server 1 IP address' }).fill('10.10.10.70');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Pool "api-pool" created')).toBeVisible();
  await expect(rowOf(page, 'api-pool')).toContainText('Not used');

  await rowAction(page, 'app-pool', 'Delete');
  const refuse = page.getByRole('dialog', { name: 'Delete pool?' });
  await refuse.getByRole('button', { name: 'Delete' }).click();
  await expect(refuse).toContainText('Cannot delete, object is referred by');
  await expect(refuse).toContainText('app-vs');
  await refuse.getByRole('button', { name: 'Cancel' }).click();

  await rowAction(page, 'api-pool', 'Delete');
  await page.getByRole('dialog', { name: 'Delete pool?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(toast(page, 'Pool "api-pool" deleted')).toBeVisible();
  await expect(rowOf(page, 'api-pool')).toHaveCount(0);
});

test('pool names are text, not markup', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const name = '<img src=x onerror=alert(1)>';
  expect((await controllerApi(page).post('/api/pool', { name, servers: [{ ip: { addr: '10.10.10.99', type: 'V4' } }] })).status).toBe(201);
  await openList(page, routes.pools, 'Pools');
  await expect(page.getByRole('gridcell', { name, exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs.opened).toEqual([]);
});

test('edits a VS VIP address; the virtual service shows it', async ({ page }) => {
  await openList(page, routes.vsVips, 'VS VIPs');
  await expect(rowOf(page, 'web-vip')).toContainText('10.10.40.100');
  await rowAction(page, 'web-vip', 'Edit');
  const dialog = page.getByRole('dialog', { name: 'Edit VS VIP web-vip' });
  const address = dialog.getByRole('textbox', { name: 'VIP 0 address' });
  await address.fill('10.10.40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(address).toHaveAccessibleDescription(/"10\.10\.40" is not an IPv4 address/);
  await address.fill('10.10.40.150');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'VS VIP "web-vip" saved')).toBeVisible();
  await expect(rowOf(page, 'web-vip')).toContainText('10.10.40.150');
  await openList(page, routes.virtualServices, 'Virtual Services');
  await expect(rowOf(page, 'web-vs')).toContainText('10.10.40.150');
});

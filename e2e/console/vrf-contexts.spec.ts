import { expect, test, type Page } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { openList, routes, rowAction, rowOf, toast } from '../support/pages';
import { signIn } from '../support/session';

async function openVrf(page: Page, name: string) {
  await openList(page, routes.vrfContexts, 'VRF Contexts');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.vrfContexts });
});

test('the default gateway is visible in the list and on the VRF', async ({ page }) => {
  await expect(rowOf(page, 'global')).toContainText('10.10.40.1');
  await expect(rowOf(page, 'management')).toContainText('None');
  await openVrf(page, 'global');
  await expect(page.getByText(/send traffic for unknown destinations to 10\.10\.40\.1/)).toBeVisible();
  await expect(rowOf(page.getByRole('grid', { name: 'Static routes' }), '1')).toContainText('0.0.0.0/0 (default route)');
});

test('changes the default gateway, refusing a bad next hop first', async ({ page }) => {
  await openVrf(page, 'global');
  await page.getByRole('button', { name: 'Change default gateway' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change default gateway' });
  await expect(dialog.getByRole('textbox', { name: 'Destination network' })).toBeDisabled();
  const nextHop = dialog.getByRole('textbox', { name: 'Next hop' });
  await expect(nextHop).toHaveValue('10.10.40.1');
  await nextHop.fill('10.10.40.300');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(nextHop).toHaveAccessibleDescription(/"10\.10\.40\.300" is not an IPv4 address/);
  await nextHop.fill('10.10.40.254');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Default gateway of VRF "global" set to 10.10.40.254')).toBeVisible();
  await expect(page.getByText(/send traffic for unknown destinations to 10\.10\.40\.254/)).toBeVisible();

  const vrf = await controllerApi(page).findByName<{ static_routes: unknown[]; system_default: boolean; description: string }>('vrfcontext', 'global');
  expect(vrf.static_routes).toEqual([{ route_id: '1', prefix: { ip_addr: { addr: '0.0.0.0', type: 'V4' }, mask: 0 }, next_hop: { addr: '10.10.40.254', type: 'V4' } }]);
  expect(vrf.system_default).toBe(true);
  expect(vrf.description).toBe('Data VRF. The SE default route points at the front-end router.');
});

test('sets a default gateway where there is none', async ({ page }) => {
  await openVrf(page, 'management');
  await expect(page.getByText('No default route')).toBeVisible();
  await page.getByRole('button', { name: 'Set default gateway' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set default gateway' });
  await dialog.getByRole('textbox', { name: 'Next hop' }).fill('192.168.1.1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/send traffic for unknown destinations to 192\.168\.1\.1/)).toBeVisible();
});

test('adds, edits and removes a static route', async ({ page }) => {
  await openVrf(page, 'global');
  const routesTable = page.getByRole('grid', { name: 'Static routes' });
  await page.getByRole('button', { name: 'Add static route' }).click();
  const add = page.getByRole('dialog', { name: 'Add static route' });
  const prefix = add.getByRole('textbox', { name: 'Destination network' });
  await prefix.fill('192.168.50.5/24');
  await add.getByRole('textbox', { name: 'Next hop' }).fill('10.10.10.1');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(prefix).toHaveAccessibleDescription(/has host bits set: the network is 192\.168\.50\.0\/24/);
  await prefix.fill('192.168.50.0/24');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toBeHidden();
  await expect(rowOf(routesTable, '2')).toContainText('192.168.50.0/24');

  await rowAction(page, 'route 192.168.50.0/24', 'Edit');
  const edit = page.getByRole('dialog', { name: 'Edit static route' });
  await edit.getByRole('textbox', { name: 'Next hop' }).fill('10.10.10.2');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(rowOf(routesTable, '2')).toContainText('10.10.10.2');

  await rowAction(page, 'route 192.168.50.0/24', 'Remove');
  await page.getByRole('dialog', { name: 'Remove static route?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(toast(page, 'Route to 192.168.50.0/24 removed from VRF "global"')).toBeVisible();
  await expect(rowOf(routesTable, '2')).toHaveCount(0);
  await expect(rowOf(routesTable, '1')).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { mockControl } from '../support/mock-control';
import { openList, routes, rowOf, toast, toggleSwitch } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.seGroups });
});

async function openGroup(page: Page, name: string) {
  await openList(page, routes.seGroups, 'Service Engine Groups');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'IP Routing' })).not.toHaveAccessibleDescription(/Checking/);
}

test('lists IP routing, HA mode, floating IPs and how many virtual services each group hosts', async ({ page }) => {
  const routed = rowOf(page, 'Routed-Group');
  await expect(routed).toContainText('IP routing on');
  await expect(routed).toContainText('Legacy HA Active/Standby');
  await expect(routed).toContainText('10.10.10.11, 10.10.40.11');
  await expect(routed.getByRole('link', { name: '1', exact: true })).toBeVisible();
  await expect(rowOf(page, 'Default-Group')).toContainText('No IP routing');
  await routed.getByRole('link', { name: '1', exact: true }).click();
  await expect(page.getByText('Using Routed-Group')).toBeVisible();
  await expect(rowOf(page, 'app-vs')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Virtual services' }).getByRole('row')).toHaveCount(2);
});

test('enabling IP routing explains every unmet prerequisite until the draft meets them', async ({ page }) => {
  await openGroup(page, 'Elastic-Group');
  const routing = page.getByRole('switch', { name: 'IP Routing' });
  await expect(routing).toBeDisabled();
  await expect(routing).not.toBeChecked();
  await expect(routing).toHaveAccessibleDescription(/IP routing cannot be enabled until every prerequisite is met/);
  await expect(routing).toHaveAccessibleDescription(/its HA mode is Legacy HA Active\/Standby \(it is Elastic HA Active\/Active\)/);
  await expect(routing).toHaveAccessibleDescription(/at least one floating interface IP/);

  await page.getByRole('combobox', { name: 'HA mode' }).selectOption({ label: 'Legacy HA Active/Standby' });
  await expect(routing).not.toHaveAccessibleDescription(/HA mode/);
  await expect(routing).toBeDisabled();

  await page.getByRole('button', { name: 'Add floating IP' }).click();
  const floating = page.getByRole('textbox', { name: 'Floating IP 1' });
  await floating.fill('10.10.10.300');
  await expect(floating).toHaveAccessibleDescription(/^"10\.10\.10\.300" is not an IPv4 address\. Use the form 10\.10\.10\.11\./);
  await floating.fill('172.16.0.1');
  await expect(routing).toHaveAccessibleDescription(/each floating interface IP lies in a directly connected network \(172.16.0.1 does not\)/);
  await floating.fill('10.10.10.13');
  await expect(routing).toBeEnabled();
  await expect(routing).toHaveAccessibleDescription(/All prerequisites are met/);

  await toggleSwitch(routing);
  await expect(routing).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Service Engine group "Elastic-Group" saved')).toBeVisible();

  const stored = await controllerApi(page).findByName<Record<string, unknown>>('serviceenginegroup', 'Elastic-Group');
  expect(stored).toMatchObject({
    enable_routing: true,
    ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
    floating_intf_ip: [{ addr: '10.10.10.13', type: 'V4' }],
    min_scaleout_per_vs: 2,
    description: 'Elastic active/active, no floating IPs: IP routing cannot be enabled here as it is.',
  });
});

test('IP routing cannot be turned off under a virtual service that preserves the client IP', async ({ page }) => {
  await openGroup(page, 'Routed-Group');
  const routing = page.getByRole('switch', { name: 'IP Routing' });
  await expect(routing).toBeChecked();
  await expect(routing).toBeDisabled();
  await expect(routing).toHaveAccessibleDescription(/IP routing cannot be turned off/);
  await expect(routing).toHaveAccessibleDescription(/"app-vs"/);
  await page.getByRole('list', { name: 'Virtual services that preserve the client IP on this group' }).getByRole('link', { name: 'app-vs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /app-vs/ })).toBeVisible();
});

test('a draft that breaks a prerequisite of routing in use cannot be saved, and says why', async ({ page }) => {
  await openGroup(page, 'Routed-Group');
  await page.getByRole('button', { name: 'Remove floating IP 1' }).click();
  await expect(page.getByText('The controller would refuse these changes')).toBeVisible();
  await expect(page.getByText(/network "Backend-Net" has none/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Floating IP 1' })).toHaveValue('10.10.10.11');
});

test('the controller\u2019s refusal is shown, and a concurrent change is detected', async ({ page }) => {
  await openGroup(page, 'Default-Group');
  await toggleSwitch(page.getByRole('switch', { name: 'Distribute Load' }));
  await mockControl(page).injectFault({ method: 'PUT', path: '^/api/serviceenginegroup/', status: 400, body: { error: 'Service Engines are being upgraded.' }, times: 1 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Service Engines are being upgraded.')).toBeVisible();

  const api = controllerApi(page);
  const group = await api.findByName<{ uuid: string }>('serviceenginegroup', 'Default-Group');
  const current = (await api.get<Record<string, unknown>>(`/api/serviceenginegroup/${group.uuid}`)).body;
  expect((await api.put(`/api/serviceenginegroup/${group.uuid}`, { ...current, description: 'Changed by another admin.' })).status).toBe(200);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/was changed by someone else after you opened it/)).toBeVisible();
  await page.getByRole('button', { name: /Reload the current version/ }).click();
  await expect(page.getByText('Changed by another admin.')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Distribute Load' })).not.toBeChecked();
});

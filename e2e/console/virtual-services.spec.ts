import { expect, test } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { mockControl } from '../support/mock-control';
import { forbidDialogs, openList, routes, rowAction, rowOf, toast, toggleSwitch } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
});

test('pages, sorts and searches on the controller', async ({ page }) => {
  const api = controllerApi(page);
  for (let i = 1; i <= 12; i += 1) {
    const answer = await api.post('/api/virtualservice', { name: `page-vs-${String(i).padStart(2, '0')}`, services: [{ port: 8000 + i }] });
    expect(answer.status).toBe(201);
  }
  await openList(page, `${routes.virtualServices}?perPage=10`, 'Virtual Services');
  const table = page.getByRole('grid', { name: 'Virtual services' });
  const top = page.getByRole('navigation', { name: 'Virtual services pagination (top)' });

  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(rowOf(table, 'app-vs')).toBeVisible();
  await top.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(rowOf(table, 'web-vs')).toBeVisible();
  await expect(top.getByRole('button', { name: 'Go to next page' })).toBeDisabled();

  await table.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(table.getByRole('row').nth(1)).toHaveAccessibleName(/^web-vs /);

  await page.getByRole('textbox', { name: 'Search virtual services by name' }).fill('PAGE-vs-1');
  await expect(page).toHaveURL(/q=PAGE-vs-1/);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toHaveAccessibleName(/^page-vs-12 /);

  await page.getByRole('textbox', { name: 'Search virtual services by name' }).fill('no-such-thing');
  await expect(page.getByRole('heading', { name: 'No virtual services match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(table.getByRole('row')).toHaveCount(11);
});

test('shows VIP, services, the profile\u2019s client-IP method and the SE group\u2019s routing state', async ({ page }) => {
  const app = rowOf(page, 'app-vs');
  await expect(app).toContainText('10.10.40.101');
  await expect(app).toContainText('HTTP-Preserve-Client-IP');
  await expect(app).toContainText('Preserve Client IP');
  await expect(app).toContainText('Routed-Group');
  await expect(app).toContainText('IP routing on');
  const web = rowOf(page, 'web-vs');
  await expect(web).toContainText('80, 443 (SSL)');
  await expect(web).toContainText('X-Forwarded-For');
  await expect(web).toContainText('No IP routing');
});

test('enables and disables with the switch and the row menu', async ({ page }) => {
  const enabled = page.getByRole('switch', { name: 'Enabled: crm-vs' });
  await expect(enabled).toBeChecked();
  await toggleSwitch(enabled);
  await expect(toast(page, 'Virtual service "crm-vs" disabled')).toBeVisible();
  await expect(enabled).not.toBeChecked();
  await rowAction(page, 'crm-vs', 'Enable');
  await expect(toast(page, 'Virtual service "crm-vs" enabled')).toBeVisible();
  await expect(enabled).toBeChecked();
  const stored = await controllerApi(page).findByName<{ uuid: string; enabled: boolean }>('virtualservice', 'crm-vs');
  expect(stored.enabled).toBe(true);
});

test('the row menu works from the keyboard: Enter opens it on its first item, Escape closes it back to the toggle', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Actions for crm-vs', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Edit', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Edit', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Edit', exact: true })).not.toBeFocused();
});

test('shows the controller\u2019s refusal of a change', async ({ page }) => {
  await mockControl(page).injectFault({ method: 'PATCH', path: '^/api/virtualservice/', status: 400, body: { error: 'Virtual service is being upgraded.' }, times: 1 });
  await toggleSwitch(page.getByRole('switch', { name: 'Enabled: dns-vs' }));
  await expect(toast(page, 'Could not disable "dns-vs"')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText('Virtual service is being upgraded.');
  await expect(page.getByRole('switch', { name: 'Enabled: dns-vs' })).toBeChecked();
});

test('deletes after confirmation, and shows a refusal in the dialog', async ({ page }) => {
  expect((await controllerApi(page).post('/api/virtualservice', { name: 'doomed-vs', services: [{ port: 81 }] })).status).toBe(201);
  await openList(page, routes.virtualServices, 'Virtual Services');

  await mockControl(page).injectFault({ method: 'DELETE', path: '^/api/virtualservice/', status: 400, body: { error: 'Refused for the test.' }, times: 1 });
  await rowAction(page, 'doomed-vs', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete virtual service?' });
  await expect(dialog).toContainText('doomed-vs');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toContainText('Refused for the test.');

  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, 'Virtual service "doomed-vs" deleted')).toBeVisible();
  await expect(rowOf(page, 'doomed-vs')).toHaveCount(0);

  await rowAction(page, 'legacy-vs', 'Delete');
  await page.getByRole('dialog', { name: 'Delete virtual service?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, 'legacy-vs')).toBeVisible();
});

test('Create Virtual Service offers Basic Setup and Advanced Setup; Edit opens the wizard', async ({ page }) => {
  await page.getByRole('button', { name: 'Create Virtual Service' }).click();
  await page.getByRole('menuitem', { name: 'Advanced Setup' }).click();
  await expect(page).toHaveURL(/\/applications\/virtual-services\/create$/);
  await page.goBack();
  await page.getByRole('button', { name: 'Create Virtual Service' }).click();
  await page.getByRole('menuitem', { name: 'Basic Setup' }).click();
  await expect(page).toHaveURL(/\/applications\/virtual-services\/create-basic$/);
  await page.goBack();
  await rowAction(page, 'web-vs', 'Edit');
  await expect(page).toHaveURL(/\/applications\/virtual-services\/virtualservice-[^/]+\/edit$/);
});

test('the detail page says how the virtual service keeps the client IP', async ({ page }) => {
  await rowOf(page, 'app-vs').getByRole('link', { name: 'app-vs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /app-vs/ })).toBeVisible();
  const card = page.getByRole('region', { name: 'How this virtual service keeps the client IP' });
  await expect(card).toContainText('Servers learn the client IP through Preserve Client IP.');
  await expect(card).toContainText('10.10.10.11');
  await expect(page.getByRole('heading', { name: 'Problems' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Virtual Services' }).first().click();
  await rowOf(page, 'web-vs').getByRole('link', { name: 'web-vs' }).click();
  await expect(page.getByText('Servers learn the client IP through X-Forwarded-For (header X-Forwarded-For).')).toBeVisible();
});

test('the detail page shows a rule the virtual service violates, with its fixes', async ({ page }) => {
  // A controller may hold configurations made before the rules: simulate one the mock would refuse to store.
  const api = controllerApi(page);
  const vs = await api.findByName<{ uuid: string; se_group_ref: string }>('virtualservice', 'app-vs');
  const defaultGroup = await api.findByName<{ uuid: string }>('serviceenginegroup', 'Default-Group');
  const full = (await api.get<Record<string, unknown>>(`/api/virtualservice/${vs.uuid}?include_name=true`)).body;
  await mockControl(page).injectFault({
    method: 'GET',
    path: `^/api/virtualservice/${vs.uuid}\\?`,
    status: 200,
    body: { ...full, se_group_ref: `/api/serviceenginegroup/${defaultGroup.uuid}#Default-Group` },
  });
  await page.goto(`${routes.virtualServices}/${vs.uuid}`);
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible();
  const problem = page.getByRole('heading', { name: /^Danger alert: PCIP-ROUTING: / });
  await expect(problem).toContainText('Default-Group');
  await page.getByRole('link', { name: 'Enable IP routing on Service Engine group "Default-Group".' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Default-Group' })).toBeVisible();
  await mockControl(page).clearFaults();
});

test('names are shown as text, never run as markup', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const name = '<img src=x onerror=alert(1)>';
  const created = await controllerApi(page).post<{ uuid: string }>('/api/virtualservice', {
    name,
    description: '<script>alert(2)</script><b>bold</b>',
    services: [{ port: 82 }],
  });
  expect(created.status).toBe(201);
  await openList(page, routes.virtualServices, 'Virtual Services');
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(name.replace(/[()]/g, '\\$&')) })).toBeVisible();
  await expect(page.getByText('<script>alert(2)</script><b>bold</b>')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main b')).toHaveCount(0);
  expect(dialogs.opened).toEqual([]);
});

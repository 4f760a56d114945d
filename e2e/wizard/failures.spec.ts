import { expect, test, type Page } from '@playwright/test';
import { mockControl, type Fault } from '../support/mock-control';
import { fillSignInForm, signIn, users } from '../support/session';
import { controllerApi } from './support/api';
import { snapshot } from './support/artifacts';
import { expectStep, PAGE_LOAD_TIMEOUT, fillSettings, goToStep, next, openAdvancedWizard, reviewRequests, save, stepHeading } from './support/wizard';

test.describe.configure({ timeout: 120_000 });

async function toReview(page: Page) {
  await next(page, 'Policies');
  await next(page, 'Analytics');
  await next(page, 'Advanced');
  await next(page, 'Review');
}

async function countNamed(page: Page, type: string, name: string): Promise<number> {
  const answer = await controllerApi(page).get<{ count: number }>(`/api/${type}?name=${encodeURIComponent(name)}`);
  return answer.body.count;
}

test('a controller 400 is shown at the field it concerns, on its step', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'clash-vs', vip: '10.10.40.190' });
  await page.getByLabel('Pool Name').fill('web-pool');
  await toReview(page);
  await save(page);
  // The first request (POST /api/pool) is refused: nothing was created, the error sits at Pool Name on Settings.
  await expectStep(page, 'Settings');
  const poolName = page.getByRole('textbox', { name: 'Pool Name' });
  await expect(poolName).toBeFocused();
  await expect(poolName).toHaveAccessibleDescription(/A pool named "web-pool" already exists/);
  await poolName.fill('clash-vs-pool');
  await goToStep(page, 'Advanced');
  await next(page, 'Review');
  await save(page);
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);
});

test('a failure between pool and virtual service: told what exists, kept, fixed at the mapped field, saved without duplicates', async ({ page }, testInfo) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'keep-vs', vip: '10.10.40.191' });
  await toReview(page);
  await mockControl(page).injectFault({
    method: 'POST',
    path: '^/api/virtualservice$',
    status: 400,
    times: 1,
    body: { error: 'Invalid VirtualService: Field "snat_ip" must be set for this cloud.' },
  });
  await save(page);
  const dialog = page.getByRole('dialog', { name: 'Save did not finish' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Created or changed on the controller' })).toContainText('Pool "keep-vs-pool" was created');
  await expect(dialog.getByRole('list', { name: 'Created or changed on the controller' })).toContainText('VS VIP "keep-vs-VsVip" was created');
  await expect(dialog.getByRole('list', { name: 'Not created' })).toContainText('Create Virtual Service "keep-vs"');
  await snapshot(page, testInfo, 'save-failed');
  await dialog.getByRole('button', { name: 'Keep and fix' }).click();

  await expectStep(page, 'Advanced');
  const snat = page.getByRole('textbox', { name: 'SNAT IP Address' });
  await expect(snat).toHaveAccessibleDescription(/Field "snat_ip" must be set/);
  await snat.fill('10.10.40.60');
  await next(page, 'Review');
  // What was kept is reused: only the virtual service is left to create.
  expect((await reviewRequests(page)).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/virtualservice']);
  await save(page);
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);
  expect(await countNamed(page, 'pool', 'keep-vs-pool')).toBe(1);
  expect(await countNamed(page, 'vsvip', 'keep-vs-VsVip')).toBe(1);
});

test('a failure between pool and virtual service, rolled back: what was created is deleted in reverse order', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'undo-vs', vip: '10.10.40.192' });
  await toReview(page);
  await mockControl(page).injectFault({ method: 'POST', path: '^/api/virtualservice$', status: 503, times: 1, body: { error: 'Controller busy.' } });
  await save(page);
  const dialog = page.getByRole('dialog', { name: 'Save did not finish' });
  await expect(dialog).toContainText('The controller said: Controller busy.');
  await dialog.getByRole('button', { name: 'Roll back' }).click();
  const done = page.getByRole('dialog', { name: 'Rolled back' });
  await expect(done.getByRole('listitem')).toHaveText(['VS VIP "undo-vs-VsVip" was deleted.', 'Pool "undo-vs-pool" was deleted.']);
  await done.getByRole('button', { name: 'Done' }).click();
  expect(await countNamed(page, 'pool', 'undo-vs-pool')).toBe(0);
  expect(await countNamed(page, 'vsvip', 'undo-vs-VsVip')).toBe(0);
  // Nothing is left half-made, and Save creates everything again.
  expect((await reviewRequests(page)).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/pool', 'POST /api/vsvip', 'POST /api/virtualservice']);
});

test('a session expiry mid-wizard asks for the password and continues with nothing lost', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'reauth-vs', vip: '10.10.40.193' });
  await toReview(page);
  await mockControl(page).expireSessions();
  await save(page);
  const dialog = page.getByRole('dialog', { name: 'Session expired' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Password').fill(users.admin.password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);
  expect(await countNamed(page, 'virtualservice', 'reauth-vs')).toBe(1);
});

test('a reload mid-wizard comes back to the same step with everything entered', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'reload-vs', vip: '10.10.40.194', servers: ['10.10.10.86', '10.10.10.87'] });
  await next(page, 'Policies');
  await page.getByRole('combobox', { name: 'HTTP policy set to add' }).selectOption({ label: 'Block-Admin-Paths' });
  await page.getByRole('button', { name: 'Add HTTP policy set' }).click();
  // Leaving with changes asks first (the browser's own prompt); the draft survives the reload anyway.
  const prompt = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.type()))));
  await page.reload();
  expect(await prompt).toBe('beforeunload');
  await expectStep(page, 'Policies', PAGE_LOAD_TIMEOUT);
  await expect(page.getByRole('grid', { name: 'HTTP policy sets in order' })).toContainText('Block-Admin-Paths');
  await goToStep(page, 'Settings');
  await expect(page.getByLabel('Virtual Service Name')).toHaveValue('reload-vs');
  await expect(page.getByLabel('Server 2 IP address')).toHaveValue('10.10.10.87');
});

test('a session expired at reload: sign in again and the wizard is back where it was', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'relogin-vs', vip: '10.10.40.195' });
  await next(page, 'Policies');
  await mockControl(page).expireSessions();
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await fillSignInForm(page, users.admin.username, users.admin.password);
  await expectStep(page, 'Policies', PAGE_LOAD_TIMEOUT);
  await goToStep(page, 'Settings');
  await expect(page.getByLabel('Virtual Service Name')).toHaveValue('relogin-vs');
});

test('a double click on Save creates one virtual service', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'dbl-vs', vip: '10.10.40.196' });
  await toReview(page);
  // Slow answers make a second click land while the first save is in flight.
  // A delay-only fault (no status: answered normally, late); the shared Fault type still requires a status.
  await mockControl(page).injectFault({ method: 'POST', path: '^/api/(pool|vsvip|virtualservice)$', delayMs: 400, times: 3 } as unknown as Fault);
  await page.getByRole('button', { name: 'Save', exact: true }).dblclick();
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);
  expect(await countNamed(page, 'virtualservice', 'dbl-vs')).toBe(1);
  expect(await countNamed(page, 'pool', 'dbl-vs-pool')).toBe(1);
});

test('a concurrent change is detected before the PUT, shown, and overwritten only on request', async ({ page }, testInfo) => {
  await signIn(page);
  const api = controllerApi(page);
  const vs = await api.findByName<{ uuid: string }>('virtualservice', 'crm-vs');
  await page.goto(`/applications/virtual-services/${vs.uuid}/edit`);
  await goToStep(page, 'Advanced');
  await page.getByLabel('Weight').fill('8');
  // Someone else changes the description meanwhile.
  expect((await api.patch(`/api/virtualservice/${vs.uuid}`, { replace: { description: 'Changed by a colleague' } })).status).toBe(200);
  await next(page, 'Review');
  await save(page);
  const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(dialog.getByRole('grid', { name: 'Fields changed by someone else' })).toContainText('description');
  await expect(dialog).toContainText('Changed by a colleague');
  await snapshot(page, testInfo, 'concurrent-change');
  expect((await api.get<{ weight: number }>(`/api/virtualservice/${vs.uuid}`)).body.weight).toBe(1);
  await dialog.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page).toHaveURL(new RegExp(`/virtual-services/${vs.uuid}$`));
  const saved = (await api.get<{ weight: number; description: string }>(`/api/virtualservice/${vs.uuid}`)).body;
  expect(saved).toMatchObject({ weight: 8, description: 'Changed by a colleague' });
});

test('leaving with unsaved changes asks first; Cancel too', async ({ page }) => {
  await openAdvancedWizard(page);
  await page.getByLabel('Virtual Service Name').fill('leave-vs');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Pools' }).click();
  const ask = page.getByRole('dialog', { name: 'Discard changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByLabel('Virtual Service Name')).toHaveValue('leave-vs');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Services' })).toBeVisible();
  await page.getByRole('button', { name: 'Create Virtual Service' }).click();
  await page.getByRole('menuitem', { name: 'Advanced Setup' }).click();
  await expect(stepHeading(page, 'Settings')).toBeVisible();
  await expect(page.getByLabel('Virtual Service Name')).toHaveValue('');
});

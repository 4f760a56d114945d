import { expect, test, type Locator, type Page } from '@playwright/test';
import { users } from '../support/session';
import { controllerApi } from './support/api';
import { expectStep, PAGE_LOAD_TIMEOUT } from './support/wizard';

/** Moves the focus with Tab (Shift+Tab backwards) until `target` has it. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard`);
}

async function pressNext(page: Page, to: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
  await expectStep(page, to as never);
}

test('the whole advanced wizard is completed with the keyboard alone', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/applications/virtual-services/create');
  await tabTo(page, page.getByRole('textbox', { name: 'Username' }));
  await page.keyboard.type(users.admin.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(users.admin.password);
  await page.keyboard.press('Enter');
  await expectStep(page, 'Settings', PAGE_LOAD_TIMEOUT);
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('System-HTTP');

  await tabTo(page, page.getByRole('textbox', { name: 'Virtual Service Name' }));
  await page.keyboard.type('kbd-vs');
  await tabTo(page, page.getByRole('textbox', { name: 'VIP Address' }));
  await page.keyboard.type('10.10.40.197');

  // Typeahead: type, arrow to the choice, Enter.
  await tabTo(page, page.getByRole('combobox', { name: 'Application Profile' }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('L4-Proxy');
  await expect(page.getByRole('listbox', { name: 'Search application profiles' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option', { name: /^L4-Proxy-Protocol-v2/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('L4-Proxy-Protocol-v2');

  await tabTo(page, page.getByRole('textbox', { name: 'Server 1 IP address' }));
  await page.keyboard.type('10.10.10.88');
  await tabTo(page, page.getByRole('button', { name: 'Add server' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Server 2 IP address' }), true);
  await page.keyboard.type('10.10.10.89');

  await pressNext(page, 'Policies');
  const securityPolicy = page.getByRole('combobox', { name: 'Network Security Policy' });
  // The tenant's policies arrive after the step shows: arrowing before that would leave "None" selected.
  await expect(securityPolicy.getByRole('option')).not.toHaveCount(1);
  await tabTo(page, securityPolicy);
  await page.keyboard.press('ArrowDown');
  await expect(securityPolicy).not.toHaveValue('');
  await pressNext(page, 'Analytics');
  await tabTo(page, page.getByRole('checkbox', { name: 'Real Time Metrics' }));
  await page.keyboard.press('Space');
  await pressNext(page, 'Advanced');

  const seGroup = page.getByRole('button', { name: /^Service Engine Group/ });
  await tabTo(page, seGroup);
  await page.keyboard.press('Enter');
  const routed = page.getByRole('option', { name: /^Routed-Group/ });
  await expect(routed).toBeVisible();
  for (let i = 0; i < 5 && !(await routed.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(seGroup).toContainText('Routed-Group');

  await pressNext(page, 'Review');
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/virtual-services\/virtualservice-/);

  const vs = await controllerApi(page).findByName<{ se_group_ref: string; network_security_policy_ref?: string; analytics_policy: unknown }>('virtualservice', 'kbd-vs');
  expect(vs.se_group_ref).toBeTruthy();
  expect(vs.network_security_policy_ref).toBeTruthy();
  expect(vs.analytics_policy).toMatchObject({ metrics_realtime_update: { enabled: true } });
});

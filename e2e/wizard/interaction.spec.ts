import { expect, test } from '@playwright/test';
import { chooseProfile, expectStep, fillSettings, goToStep, next, openAdvancedWizard, profileEditor } from './support/wizard';
import { controlsRenderedWhileHidden, watchControlsRenderedWhileHidden } from '../support/hidden-content';

test('Next checks the step as it is: messages show at the fields, and what was typed survives moving between steps', async ({ page }) => {
  await openAdvancedWizard(page);
  // Back is unavailable on the first step: announced so, reachable by the keyboard, and it does nothing.
  const back = page.getByRole('button', { name: 'Back', exact: true });
  await expect(back).toBeDisabled();
  await back.focus();
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await back.click({ force: true });
  await expectStep(page, 'Settings');
  await page.getByLabel('Virtual Service Name').fill('kept-vs');
  await page.getByRole('button', { name: 'Remove server 1' }).click();

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 'Settings');
  await expect(page.getByText('Enter the VIP address, or choose to auto-allocate it')).toBeVisible();
  await expect(page.getByText('Add at least one server')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'VIP Address' })).toBeFocused();

  await page.getByLabel('VIP Address').fill('10.10.40.198');
  await page.getByRole('button', { name: 'Add server' }).click();
  await page.getByLabel('Server 1 IP address').fill('10.10.10.98');
  await expect(page.getByText('Add at least one server')).toBeHidden();
  await next(page, 'Policies');
  await expect(back).toBeEnabled();
  await back.click();
  await expectStep(page, 'Settings');
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toHaveValue('kept-vs');
  await expect(page.getByRole('textbox', { name: 'VIP Address' })).toHaveValue('10.10.40.198');
  await expect(page.getByRole('textbox', { name: 'Server 1 IP address' })).toHaveValue('10.10.10.98');
  await expect(page.getByRole('textbox', { name: 'Pool Name' })).toHaveValue('kept-vs-pool');
});

test('the buttons stay in place from step to step: a shorter step does not pull them from under the pointer', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'steady-vs', vip: '10.10.40.197' });
  const nextButton = page.getByRole('button', { name: 'Next', exact: true });
  const onSettings = await nextButton.boundingBox();
  await next(page, 'Policies');
  expect(await nextButton.boundingBox()).toEqual(onSettings);
  await next(page, 'Analytics');
  expect(await nextButton.boundingBox()).toEqual(onSettings);
});

test('the lists Settings offers come with their sections: Auto-allocate offers the networks, SSL on a port picks the standard profile and certificate', async ({ page }) => {
  await openAdvancedWizard(page);
  await page.getByLabel('Auto-allocate').check();
  const network = page.getByRole('combobox', { name: 'Allocate from network' });
  await expect(network.getByRole('option', { name: 'Frontend-Net' })).toBeAttached();
  await network.selectOption({ label: 'Frontend-Net' });
  await expect(network).toHaveValue(/network-/);

  await page.getByRole('checkbox', { name: 'Service 1 SSL' }).check();
  await expect(page.getByRole('combobox', { name: 'SSL Profile' }).locator('option:checked')).toHaveText('System-Standard');
  await expect(page.getByRole('combobox', { name: 'SSL Certificate' }).locator('option:checked')).toHaveText('System-Default-Cert');
  await expect(page.getByRole('combobox', { name: 'TCP/UDP Profile' }).getByRole('option', { name: /^System-TCP-Proxy/ })).toBeAttached();
});

test('Edit Application Profile is a modal dialog: focus moves in and stays in, Escape closes it and focus returns', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'modal-vs', vip: '10.10.40.199' });
  const edit = page.getByRole('button', { name: 'Edit Application Profile' });
  await edit.click();
  const dialog = profileEditor(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 1, name: 'Edit Application Profile: System-HTTP' })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Connection Multiplexing' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // The wizard behind the dialog is hidden from assistive technology while it is open.
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveCount(0);

  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toHaveValue('modal-vs');
});

test('each step stays as the admin left it, and only the step shown is in the page for keyboard and assistive technology', async ({ page }) => {
  await openAdvancedWizard(page);
  await watchControlsRenderedWhileHidden(page);
  await fillSettings(page, { name: 'left-as-is-vs', vip: '10.10.40.197' });
  // The next step is prepared out of sight: in the page, but nothing of it can be seen or reached yet.
  const preparedHeading = page.locator('main h2', { hasText: /^Policies$/ });
  await expect(preparedHeading).toBeAttached();
  // Not for a single frame either: its controls are never rendered, and so never focusable, while it is hidden.
  expect(await controlsRenderedWhileHidden(page)).toEqual([]);
  await expect(preparedHeading).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Policies' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'HTTP policy set to add' })).toHaveCount(0);
  // Not even a script can focus its controls: the browser keeps it out of rendering.
  const preparedControl = page.locator('main [aria-hidden="true"] select').first();
  await expect.poll(() => preparedControl.evaluate((control) => (control.focus(), document.activeElement === control))).toBe(false);

  await next(page, 'Policies');
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toHaveCount(0);
  const toAdd = page.getByRole('combobox', { name: 'HTTP policy set to add' });
  await toAdd.selectOption({ label: 'Block-Admin-Paths' });

  await goToStep(page, 'Settings');
  await expect(page.getByRole('combobox', { name: 'HTTP policy set to add' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toHaveValue('left-as-is-vs');
  await next(page, 'Policies');
  // Chosen but not added yet: still chosen, and Add is still offered for it.
  await expect(toAdd).toHaveValue(/.+/);
  await expect(toAdd.locator('option:checked')).toHaveText('Block-Admin-Paths');
  await expect(page.getByRole('button', { name: 'Add HTTP policy set' })).toBeEnabled();
});

test('the profile editor prepared ahead: out of reach until opened, then as the wizard and the controller are at that moment, and new after each closing', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'prepared-vs', vip: '10.10.40.196' });
  // Rendered ahead once the admin pauses: in the page, but nothing of it can be seen, reached or read.
  const prepared = page.locator('[aria-hidden="true"] [role="dialog"]');
  await expect(prepared).toBeAttached();
  await expect(prepared).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const preparedControl = prepared.locator('input').first();
  await expect.poll(() => preparedControl.evaluate((control) => (control.focus(), document.activeElement === control))).toBe(false);
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();

  // What changed in the wizard after it was prepared shows when it opens.
  await page.getByRole('textbox', { name: 'Virtual Service Name' }).fill('renamed-vs');
  const edit = page.getByRole('button', { name: 'Edit Application Profile' });
  await edit.click();
  const dialog = profileEditor(page);
  await expect(dialog.getByRole('heading', { level: 1, name: 'Edit Application Profile: System-HTTP' })).toBeVisible();
  await expect(dialog.getByText('For virtual service "renamed-vs".', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const multiplexing = dialog.getByRole('checkbox', { name: 'Connection Multiplexing' });
  await expect(multiplexing).toBeChecked();
  await multiplexing.uncheck();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(edit).toBeFocused();

  // Cancelled: the next opening shows the profile as the controller has it, not what was changed.
  await edit.click();
  await expect(profileEditor(page).getByRole('checkbox', { name: 'Connection Multiplexing' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Another profile chosen: the editor opens on it.
  await chooseProfile(page, 'L4-Proxy-Protocol-v2');
  await edit.hover();
  await edit.click();
  await expect(profileEditor(page).getByRole('heading', { level: 1, name: 'Edit Application Profile: L4-Proxy-Protocol-v2' })).toBeVisible();
  await expect(profileEditor(page).getByRole('checkbox', { name: 'PROXY Protocol' })).toBeChecked();
});

import { expect, test } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { forbidDialogs, openList, routes, rowAction, rowOf, toast } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.applicationProfiles });
});

test('lists type, client-IP settings and how many virtual services use each profile', async ({ page }) => {
  const pcip = rowOf(page, 'HTTP-Preserve-Client-IP');
  await expect(pcip).toHaveAccessibleName(/HTTP-Preserve-Client-IP .* HTTP On Off Off n\/a 1/);
  await expect(rowOf(page, 'L4-Proxy-Protocol-v2')).toHaveAccessibleName(/L4 Off n\/a n\/a On 1/);
  await expect(rowOf(page, 'System-HTTP')).toHaveAccessibleName(/HTTP Off On On n\/a 1/);
  await expect(rowOf(page, 'System-Syslog')).toHaveAccessibleName(/Syslog Off n\/a n\/a n\/a 0/);

  await pcip.getByRole('link', { name: '1 virtual services use HTTP-Preserve-Client-IP' }).click();
  await expect(page.getByText('Using HTTP-Preserve-Client-IP')).toBeVisible();
  await expect(rowOf(page, 'app-vs')).toBeVisible();
  await page.getByRole('button', { name: 'Remove filter: using HTTP-Preserve-Client-IP' }).click();
  await expect(rowOf(page, 'web-vs')).toBeVisible();
});

test('searches and sorts', async ({ page }) => {
  await page.getByRole('textbox', { name: 'Search application profiles by name' }).fill('system-s');
  await expect(page.getByRole('grid', { name: 'Application profiles' }).getByRole('row')).toHaveCount(4);
  await page.getByRole('textbox', { name: 'Search application profiles by name' }).fill('');
  await page.getByRole('button', { name: 'Type' }).click();
  await expect(page).toHaveURL(/sort=type/);
  await expect(page.getByRole('grid', { name: 'Application profiles' }).getByRole('row').nth(1)).toHaveAccessibleName(/^System-DNS /);
});

test('sorts from the keyboard: Enter asks for ascending on a new column, Space turns it around', async ({ page }) => {
  const table = page.getByRole('grid', { name: 'Application profiles' });
  const name = table.getByRole('columnheader', { name: 'Name' });
  const type = table.getByRole('columnheader', { name: 'Type' });
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await expect(type).not.toHaveAttribute('aria-sort');

  await type.getByRole('button', { name: 'Type' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=type/);
  await expect(type).toHaveAttribute('aria-sort', 'ascending');
  await expect(name).not.toHaveAttribute('aria-sort');
  await expect(table.getByRole('row').nth(1)).toHaveAccessibleName(/^System-DNS /);

  await expect(type.getByRole('button', { name: 'Type' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/sort=-type/);
  await expect(type).toHaveAttribute('aria-sort', 'descending');
});

test('warns before deleting a profile in use; the controller refuses and names the users', async ({ page }) => {
  await rowAction(page, 'HTTP-Preserve-Client-IP', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete application profile?' });
  await expect(dialog).toContainText('In use by 1 virtual service: the controller will refuse the delete');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'app-vs' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toContainText('Cannot delete, object is referred by');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, 'HTTP-Preserve-Client-IP')).toBeVisible();
});

test('deletes an unused profile', async ({ page }) => {
  expect((await controllerApi(page).post('/api/applicationprofile', { name: 'Unused-L4', type: 'APPLICATION_PROFILE_TYPE_L4' })).status).toBe(201);
  await openList(page, routes.applicationProfiles, 'Application Profiles');
  await rowAction(page, 'Unused-L4', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete application profile?' });
  await expect(dialog).not.toContainText('In use');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(toast(page, 'Application profile "Unused-L4" deleted')).toBeVisible();
  await expect(rowOf(page, 'Unused-L4')).toHaveCount(0);
});

test('profile names and descriptions are text, not markup', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const name = '<img src=x onerror=alert(1)>';
  const created = await controllerApi(page).post('/api/applicationprofile', {
    name,
    description: '<img src=y onerror=alert(2)>',
    type: 'APPLICATION_PROFILE_TYPE_L4',
  });
  expect(created.status).toBe(201);
  await openList(page, routes.applicationProfiles, 'Application Profiles');
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByText('<img src=y onerror=alert(2)>', { exact: true })).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs.opened).toEqual([]);
});

test.describe('the shared profile editor', () => {
  test('creates a profile that preserves the client IP', async ({ page }) => {
    await page.getByRole('button', { name: 'Create Application Profile' }).click();
    const editor = page.getByRole('dialog', { name: 'Create Application Profile' });
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Console-HTTP');
    await editor.getByRole('checkbox', { name: 'Connection Multiplexing' }).uncheck();
    await editor.getByRole('checkbox', { name: 'Preserve Client IP' }).check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    await expect(toast(page, 'Application profile "Console-HTTP" saved')).toBeVisible();
    await expect(rowOf(page, 'Console-HTTP')).toHaveAccessibleName(/HTTP On Off On n\/a 0/);
  });

  test('edits a profile in place', async ({ page }) => {
    await rowAction(page, 'System-HTTP', 'Edit');
    const editor = page.getByRole('dialog', { name: 'Edit Application Profile: System-HTTP' });
    await editor.getByRole('checkbox', { name: 'X-Forwarded-For' }).uncheck();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(toast(page, 'Application profile "System-HTTP" saved')).toBeVisible();
    await expect(rowOf(page, 'System-HTTP')).toHaveAccessibleName(/HTTP Off On Off n\/a 1/);
    const stored = await controllerApi(page).findByName<{ http_profile: Record<string, unknown> }>('applicationprofile', 'System-HTTP');
    expect(stored.http_profile).toMatchObject({ xff_enabled: false, connection_multiplexing_enabled: true });
  });

  test('clones a profile under a new name', async ({ page }) => {
    await rowAction(page, 'L4-Proxy-Protocol-v2', 'Clone');
    const editor = page.getByRole('dialog', { name: 'Create Application Profile' });
    await expect(editor.getByRole('checkbox', { name: 'PROXY Protocol' })).toBeChecked();
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('L4-Proxy-Protocol-v2-copy');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(toast(page, 'Application profile "L4-Proxy-Protocol-v2-copy" saved')).toBeVisible();
    await expect(rowOf(page, 'L4-Proxy-Protocol-v2-copy')).toHaveAccessibleName(/L4 Off n\/a n\/a On 0/);
  });
});

import { expect, test } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { mockControl } from '../support/mock-control';
import { toast } from '../support/pages';
import { fillSignInForm, signIn, signOut, userMenu } from '../support/session';

test.describe('signing in', () => {
  test('a deep link asks for sign-in first and comes back to the page', async ({ page }) => {
    await page.goto('/infrastructure/se-groups?q=Routed');
    await expect(page).toHaveURL(/\/sign-in\?from=/);
    await fillSignInForm(page, 'admin', 'avi123');
    await expect(page.getByRole('heading', { level: 1, name: 'Service Engine Groups' })).toBeVisible();
    await expect(page).toHaveURL(/\/infrastructure\/se-groups\?q=Routed$/);
    await expect(page.getByRole('textbox', { name: 'Search Service Engine groups by name' })).toHaveValue('Routed');
  });

  test('bad credentials get a clear error and the form keeps the username', async ({ page }) => {
    await page.goto('/sign-in');
    await fillSignInForm(page, 'admin', 'wrong-password');
    await expect(page.getByRole('alert')).toContainText('The username or password is incorrect.');
    await expect(page.getByRole('textbox', { name: 'Username' })).toHaveValue('admin');
  });

  test('an unreachable controller is said so', async ({ page }) => {
    await page.goto('/sign-in');
    await mockControl(page).injectFault({ method: 'POST', path: '^/login', status: 502, body: { error: 'upstream down' }, times: 1 });
    await fillSignInForm(page, 'admin', 'avi123');
    await expect(page.getByRole('alert')).toContainText('The controller could not be reached (502)');
  });

  test('the user menu shows the user and role, and signs out', async ({ page }) => {
    await signIn(page, 'admin');
    await userMenu(page).click();
    await expect(page.getByText('Role: System-Admin')).toBeVisible();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.goto('/applications/pools');
    await expect(page).toHaveURL(/\/sign-in\?from=%2Fapplications%2Fpools/);
  });
});

test.describe('session expiry', () => {
  test('a 401 opens sign-in over the page; the interrupted save completes and nothing typed is lost', async ({ page }) => {
    await signIn(page, 'admin', { path: '/applications/pools' });
    await page.getByRole('button', { name: 'Actions for web-pool' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit pool web-pool' });
    await editor.getByRole('textbox', { name: 'Default server port' }).fill('8081');
    await mockControl(page).expireSessions();
    await editor.getByRole('button', { name: 'Save' }).click();

    const reauth = page.getByRole('dialog', { name: 'Session expired' });
    await expect(reauth).toBeVisible();
    await expect(reauth.getByRole('textbox', { name: 'Username' })).toHaveValue('admin');
    await reauth.getByRole('textbox', { name: 'Password' }).fill('avi123');
    await reauth.getByRole('button', { name: 'Sign in' }).click();

    await expect(reauth).toBeHidden();
    await expect(editor).toBeHidden();
    await expect(toast(page, 'Pool "web-pool" saved')).toBeVisible();
    await expect(page.getByRole('row', { name: /web-pool/ })).toContainText('8081');
  });

  test('cancelling the re-authentication goes to sign-in and back to the same page', async ({ page }) => {
    await signIn(page, 'admin', { path: '/templates/network-profiles' });
    await expect(page.getByRole('row', { name: /System-TCP-Proxy/ })).toBeVisible();
    await mockControl(page).expireSessions();
    await page.getByRole('textbox', { name: 'Search TCP/UDP profiles by name' }).fill('UDP');
    const reauth = page.getByRole('dialog', { name: 'Session expired' });
    await reauth.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/\/sign-in\?from=%2Ftemplates%2Fnetwork-profiles%3Fq%3DUDP$/);
    await fillSignInForm(page, 'admin', 'avi123');
    await expect(page.getByRole('heading', { level: 1, name: 'TCP/UDP Profiles' })).toBeVisible();
    await expect(page.getByRole('row', { name: /System-UDP-Fast-Path/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /System-TCP-Proxy/ })).toBeHidden();
  });

  test('a reload with an expired session goes to sign-in and returns', async ({ page }) => {
    await signIn(page, 'admin', { path: '/infrastructure/networks' });
    await expect(page.getByRole('row', { name: /Backend-Net/ })).toBeVisible();
    await mockControl(page).expireSessions();
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in\?from=%2Finfrastructure%2Fnetworks/);
    await fillSignInForm(page, 'admin', 'avi123');
    await expect(page.getByRole('heading', { level: 1, name: 'Networks' })).toBeVisible();
  });
});

test('signing out ends the session on the controller', async ({ page }) => {
  await signIn(page);
  await signOut(page);
  expect((await controllerApi(page).get('/api/tenant')).status).toBe(401);
});

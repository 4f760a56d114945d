import { expect, test } from '@playwright/test';
import { routes } from '../support/pages';
import { signIn } from '../support/session';

/** A closed menu's code loads on first open; here, without the demo's service worker, that request can be refused. */
test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
});

test('a menu whose code cannot be loaded says so, and the next open loads it', async ({ page }) => {
  const chunk = /\/UserMenuPopup-[^/]*\.js(\?.*)?$/;
  await page.route(chunk, (route) => route.abort());
  const toggle = page.getByRole('button', { name: 'User menu: admin' });
  await toggle.click();
  await expect(page.getByRole('alert').filter({ hasText: 'This menu could not be loaded' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert').filter({ hasText: 'This menu could not be loaded' })).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await page.unroute(chunk);
  await toggle.click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
});

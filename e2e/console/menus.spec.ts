import { expect, test } from '@playwright/test';
import { routes } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
});

test('the tenant menu loads on first open from the keyboard: ArrowDown moves into it, Escape returns to the toggle, Enter chooses', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Tenant: admin' });
  await expect(toggle).toHaveAttribute('aria-haspopup', 'listbox');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'admin' })).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Space');
  await expect(page.getByRole('option', { name: 'admin' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Engineering' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Tenant: Engineering' })).toBeFocused();
});

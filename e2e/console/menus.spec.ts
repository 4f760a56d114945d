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

test('the Create Virtual Service menu: arrows wrap, Home and End, Escape and Tab return to the toggle, a click outside closes it', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Create Virtual Service' });
  const basic = page.getByRole('menuitem', { name: 'Basic Setup' });
  const advanced = page.getByRole('menuitem', { name: 'Advanced Setup' });
  await expect(toggle).toHaveAttribute('aria-haspopup', 'menu');
  await toggle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(basic).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(advanced).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(basic).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(advanced).toBeFocused();
  await page.keyboard.press('Home');
  await expect(basic).toBeFocused();
  await page.keyboard.press('End');
  await expect(advanced).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Space');
  await expect(basic).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(toggle).toBeFocused();

  await toggle.click();
  await expect(basic).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('menu')).toHaveCount(0);

  await toggle.click();
  await advanced.click();
  await expect(page.getByRole('heading', { level: 1, name: 'New Virtual Service' })).toBeVisible();
});

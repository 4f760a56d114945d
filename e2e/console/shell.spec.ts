import { expect, test, type Page } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { openList, routes, rowOf, toast } from '../support/pages';
import { signIn } from '../support/session';
import { setTheme } from '../support/theme';

const navigation = [
  ['Applications', 'Virtual Services', 'Virtual Services'],
  ['Applications', 'VS VIPs', 'VS VIPs'],
  ['Applications', 'Pools', 'Pools'],
  ['Templates', 'Application Profiles', 'Application Profiles'],
  ['Templates', 'TCP/UDP Profiles', 'TCP/UDP Profiles'],
  ['Infrastructure', 'Service Engine Groups', 'Service Engine Groups'],
  ['Infrastructure', 'VRF Contexts', 'VRF Contexts'],
  ['Infrastructure', 'Networks', 'Networks'],
] as const;

test('navigation is grouped as the vendor groups it and reaches every page', async ({ page }) => {
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [group, link, heading] of navigation) {
    await nav.getByRole('region', { name: group }).getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

/** What the hamburger draws, read from PatternFly's path properties with the pointer away from it. */
async function hamburgerDrawing(page: Page): Promise<'lines' | 'close' | 'other'> {
  await page.mouse.move(600, 880);
  return page.locator('#nav-toggle').evaluate((button) => {
    const style = getComputedStyle(button);
    const value = (name: string) => style.getPropertyValue(`--pf-v6-c-button--hamburger-icon--top--${name}`).trim();
    if (value('path') === value('path--base')) return 'lines';
    return value('path') === value('collapse--path') ? 'close' : 'other';
  });
}

test('the masthead button hides and shows the navigation; a narrow screen starts with it hidden', async ({ page }) => {
  await signIn(page);
  const toggle = page.getByRole('button', { name: 'Global navigation' });
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await toggle.click();
  await expect(nav.getByRole('link', { name: 'Pools' })).toBeVisible();

  await page.setViewportSize({ width: 760, height: 900 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Services' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expect.poll(() => hamburgerDrawing(page)).toBe('lines');
  await toggle.click();
  await expect.poll(() => hamburgerDrawing(page)).toBe('close');
  await nav.getByRole('link', { name: 'Pools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pools' })).toBeVisible();
});

test('Skip to content moves the keyboard past the masthead and navigation', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Services' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('a navigation group folds away and opens again', async ({ page }) => {
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const templates = nav.getByRole('button', { name: 'Templates' });
  await expect(templates).toHaveAttribute('aria-expanded', 'true');
  await templates.click();
  await expect(templates).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Application Profiles' })).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Pools' })).toBeVisible();
  await templates.press('Enter');
  await expect(templates).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Application Profiles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application Profiles' })).toBeVisible();
});

test('the dark theme is remembered', async ({ page }) => {
  await signIn(page);
  await setTheme(page, 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeChecked();
  await setTheme(page, 'light');
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/pf-v6-theme-dark/);
});

test('the demo is marked, and Reset demo data brings the seed back after confirmation', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.pools });
  await expect(page.getByText('Demo', { exact: true })).toBeVisible();
  expect((await controllerApi(page).post('/api/pool', { name: 'scratch-pool' })).status).toBe(201);
  await openList(page, routes.pools, 'Pools');
  await expect(rowOf(page, 'scratch-pool')).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset demo data?' });
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(toast(page, 'Demo data reset')).toBeVisible();
  await expect(rowOf(page, 'scratch-pool')).toHaveCount(0);
  await expect(rowOf(page, 'web-pool')).toBeVisible();
});

/** Opens the menu behind `toggleName` with Enter and expects the focus on `firstItem`. */
async function openMenuByKeyboard(page: Page, toggleName: string, firstItem: string): Promise<void> {
  await page.getByRole('button', { name: toggleName }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: firstItem })).toBeFocused();
}

test('the masthead and page menus work from the keyboard: Enter opens on the first item, Escape returns to the toggle', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  await openMenuByKeyboard(page, 'User menu: admin', 'Sign out');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'User menu: admin' })).toBeFocused();

  await openMenuByKeyboard(page, 'Create Virtual Service', 'Basic Setup');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Advanced Setup' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New Virtual Service' })).toBeVisible();
});

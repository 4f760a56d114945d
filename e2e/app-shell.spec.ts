import { expect, test } from '@playwright/test';
import { toast, toggleSwitch } from './support/pages';
import { signIn } from './support/session';

test('the demo opens on the Virtual Services page inside the console shell', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Services' })).toBeVisible();
  await expect(page).toHaveURL(/\/applications\/virtual-services$/);
});

test('the demo controller answers a returning visit without its schemas, and loads them for the first change', async ({ page }) => {
  await signIn(page);
  // A returning visit: the demo's data comes from localStorage, not from building the seed (which validates).
  await page.reload();
  const enabled = page.getByRole('switch', { name: 'Enabled: crm-vs' });
  await expect(enabled).toBeChecked();
  const schemaChunks = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/assets\/mock\/object-schemas-[^/]+\.js$/.test(path)),
    );
  expect(await schemaChunks()).toEqual([]);
  await toggleSwitch(enabled);
  await expect(toast(page, 'Virtual service "crm-vs" disabled')).toBeVisible();
  await expect(enabled).not.toBeChecked();
  expect(await schemaChunks()).toHaveLength(1);
});

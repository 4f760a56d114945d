import { expect, test } from '@playwright/test';
import { openList, routes, rowOf } from '../support/pages';
import { signIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
});

test("the browser's back and forward buttons keep a list's search, sort and page", async ({ page }) => {
  await openList(page, `${routes.virtualServices}?perPage=10`, 'Virtual Services');
  const table = page.getByRole('grid', { name: 'Virtual services' });
  const search = page.getByRole('textbox', { name: 'Search virtual services by name' });
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await search.fill('app');
  await expect(page).toHaveURL(/q=app/);
  await expect(rowOf(table, 'web-vs')).toHaveCount(0);
  const listUrl = page.url();

  await rowOf(table, 'app-vs').getByRole('link', { name: 'app-vs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /app-vs/ })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(search).toHaveValue('app');
  await expect(rowOf(table, 'app-vs')).toBeVisible();
  await expect(rowOf(table, 'web-vs')).toHaveCount(0);

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: /app-vs/ })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(search).toHaveValue('app');
  await expect(rowOf(table, 'app-vs')).toBeVisible();
});

test('back leaves a page for the list it came from, with the list where it was', async ({ page }) => {
  await openList(page, `${routes.pools}?page=1&perPage=10`, 'Pools');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Networks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networks' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Pools' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${routes.pools}\\?page=1&perPage=10$`));
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Pools' })).toHaveAttribute('aria-current', 'page');
});

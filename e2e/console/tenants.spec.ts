import { expect, test, type Page } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { openList, routes, rowOf } from '../support/pages';
import { signIn } from '../support/session';

async function switchTenant(page: Page, tenant: string) {
  await page.getByRole('button', { name: /^Tenant: / }).click();
  await page.getByRole('option', { name: tenant }).click();
  await expect(page.getByRole('button', { name: `Tenant: ${tenant}` })).toBeVisible();
}

test('tenants never see each other\u2019s objects, and the choice survives a reload', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  expect((await controllerApi(page, 'Engineering').post('/api/virtualservice', { name: 'eng-only-vs', services: [{ port: 83 }] })).status).toBe(201);
  await openList(page, routes.virtualServices, 'Virtual Services');
  await expect(rowOf(page, 'web-vs')).toBeVisible();
  await expect(rowOf(page, 'eng-only-vs')).toHaveCount(0);

  await switchTenant(page, 'Engineering');
  await expect(rowOf(page, 'eng-only-vs')).toBeVisible();
  await expect(rowOf(page, 'eng-api-vs')).toBeVisible();
  await expect(rowOf(page, 'web-vs')).toHaveCount(0);
  await openList(page, routes.pools, 'Pools');
  await expect(rowOf(page, 'eng-api-pool')).toBeVisible();
  await expect(rowOf(page, 'web-pool')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Tenant: Engineering' })).toBeVisible();
  await expect(rowOf(page, 'eng-api-pool')).toBeVisible();

  await switchTenant(page, 'admin');
  await expect(rowOf(page, 'web-pool')).toBeVisible();
  await expect(rowOf(page, 'eng-api-pool')).toHaveCount(0);
});

test('switching tenant on an object\u2019s page goes back to its list', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.virtualServices });
  await page.getByRole('link', { name: 'web-vs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /web-vs/ })).toBeVisible();
  await switchTenant(page, 'Engineering');
  await expect(page).toHaveURL(/\/applications\/virtual-services$/);
  await expect(rowOf(page, 'eng-api-vs')).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { mockControl } from '../support/mock-control';
import { routes, rowOf } from '../support/pages';
import { signIn } from '../support/session';

test('a list that fails to load says why and can try again', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.networks });
  await expect(rowOf(page, 'Backend-Net')).toBeVisible();
  // A 5xx is retried twice before the page gives up: three answers.
  await mockControl(page).injectFault({ method: 'GET', path: '^/api/pool', status: 500, body: { error: 'Database is not reachable.' }, times: 3 });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Pools' }).click();
  const failure = page.getByRole('heading', { name: /Could not load pools/ });
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Database is not reachable.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(rowOf(page, 'web-pool')).toBeVisible();
});

test('an empty list says so', async ({ page }) => {
  await signIn(page, 'admin', { path: routes.networks });
  await expect(rowOf(page, 'Backend-Net')).toBeVisible();
  await mockControl(page).injectFault({ method: 'GET', path: '^/api/vsvip\\?', status: 200, body: { count: 0, results: [] } });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'VS VIPs' }).click();
  await expect(page.getByRole('heading', { name: 'No VS VIPs yet' })).toBeVisible();
  await expect(page.getByText('There are no VS VIPs in this tenant.')).toBeVisible();
  await mockControl(page).clearFaults();
});

import { expect, test } from '@playwright/test';
import { routes, rowOf } from '../support/pages';
import { fillSignInForm, userMenu, users } from '../support/session';

/** A console path as a URL relative to the sub-path (the project's baseURL ends with `/console/`). */
const under = (path: string) => path.replace(/^\//, '');

// The demo built with `vite build --base /console/`: every console URL, link and reload stays under the sub-path.
test('the demo served under a sub-path signs in, navigates, reloads and opens links under it', async ({ page }) => {
  await page.goto(under(routes.virtualServices));
  await expect(page).toHaveURL(/\/console\/sign-in\?from=/);
  await fillSignInForm(page, users.admin.username, users.admin.password);
  await expect(userMenu(page)).toHaveAccessibleName('User menu: admin', { timeout: 30_000 });
  await expect(page).toHaveURL(/\/console\/applications\/virtual-services$/);
  await expect(rowOf(page, 'app-vs')).toBeVisible();

  await page.getByRole('link', { name: 'Application Profiles' }).click();
  await expect(page).toHaveURL(/\/console\/templates\/application-profiles$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Application Profiles' })).toBeVisible({ timeout: 30_000 });

  await page.goto(under(routes.seGroups));
  await page.getByRole('link', { name: 'Routed-Group', exact: true }).click();
  await expect(page).toHaveURL(/\/console\/infrastructure\/se-groups\/serviceenginegroup-/);
  await expect(page.getByRole('heading', { level: 1, name: /Routed-Group/ })).toBeVisible();
});

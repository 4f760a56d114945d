import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

test('the demo opens on the Virtual Services page inside the console shell', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Services' })).toBeVisible();
  await expect(page).toHaveURL(/\/applications\/virtual-services$/);
});

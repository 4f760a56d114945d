import { expect, type Page } from '@playwright/test';

/** The mock controller's demo accounts (mocks/controller/users.ts). */
export const users = {
  admin: { username: 'admin', password: 'avi123' },
  viewer: { username: 'viewer', password: 'viewer123' },
} as const;
export type UserName = keyof typeof users;

/** The signed-in user's menu in the masthead. */
export function userMenu(page: Page) {
  return page.getByRole('button', { name: /^User menu: / });
}

/**
 * Signs in on the sign-in page and waits until the console shows `path` (default: its home) with the
 * user's menu: the same as opening `path` and being sent to sign in first, one redirect shorter.
 */
export async function signIn(page: Page, user: UserName = 'admin', options: { path?: string } = {}): Promise<void> {
  const { username, password } = users[user];
  await page.goto(`/sign-in?from=${encodeURIComponent(options.path ?? '/')}`);
  await fillSignInForm(page, username, password);
  await expect(userMenu(page)).toHaveAccessibleName(`User menu: ${username}`, { timeout: 30_000 });
}

/** Fills and submits the sign-in form already on screen. */
export async function fillSignInForm(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeEditable({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await userMenu(page).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

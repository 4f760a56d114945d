import { expect, type Locator, type Page } from '@playwright/test';

/** Console routes, as the app defines them (src/app/paths.ts). */
export const routes = {
  virtualServices: '/applications/virtual-services',
  vsVips: '/applications/vs-vips',
  pools: '/applications/pools',
  applicationProfiles: '/templates/application-profiles',
  networkProfiles: '/templates/network-profiles',
  seGroups: '/infrastructure/se-groups',
  vrfContexts: '/infrastructure/vrf-contexts',
  networks: '/infrastructure/networks',
} as const;

/** The table row of an object, by its exact name (the name is the first cell). */
export function rowOf(page: Page | Locator, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('row', { name: new RegExp(`^${escaped}( |$)`) });
}

/** Runs a row action from the row's kebab menu ("Actions for <name>"). */
export async function rowAction(page: Page, name: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** The success or error toast with this title. */
export function toast(page: Page, title: string | RegExp): Locator {
  return page.getByRole('list', { name: 'Notifications' }).getByRole('heading', { name: title });
}

/** Waits until a list page shows its heading and has left the loading state. */
export async function openList(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  // A full page load (bundle, demo controller, session check) takes longer than one expectation on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

/** Fails the test if the page ever opens a JavaScript dialog (alert/confirm/prompt), e.g. from injected markup. */
export function forbidDialogs(page: Page): { opened: string[] } {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return { opened };
}

/**
 * Flips a PatternFly switch the way a keyboard user does (focus, Space): its visual toggle covers the
 * input, so a pointer click on the input itself is intercepted.
 */
export async function toggleSwitch(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Space');
}

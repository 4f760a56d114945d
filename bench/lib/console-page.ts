import type { Browser, Page } from '@playwright/test';
import { freshPage, type StorageState } from './browser';

/**
 * What the benchmark knows about the console's pages: routes, and DOM conditions (as in-page function
 * sources, so they can be installed before the app's own scripts run).
 */
export const routes = {
  virtualServices: '/applications/virtual-services',
  createVirtualService: '/applications/virtual-services/create',
  applicationProfiles: '/templates/application-profiles',
};

const labelledControl = (label: string) => `(() => {
  const want = ${JSON.stringify(label)};
  const l = [...document.querySelectorAll('label')].find((x) => x.textContent.replace(/[*\\s]+$/, '').trim() === want);
  return l && l.htmlFor ? document.getElementById(l.htmlFor) : null;
})()`;

export const conditions = {
  /** The Virtual Services table shows at least one data row. */
  virtualServiceRows: `() => [...document.querySelectorAll('main table tbody tr')].some((r) => r.querySelector('a'))`,
  /** The wizard's first field accepts input. */
  wizardNameReady: `() => { const el = ${labelledControl('Virtual Service Name')}; return !!el && !el.disabled && !el.readOnly; }`,
  /** The floor app rendered. */
  floorReady: `() => document.querySelector('h1')?.textContent === 'Ready'`,
  labelledControl,
};

export async function watchFromStart(page: Page, name: string, predicateSource: string): Promise<void> {
  await page.addInitScript({ content: `window.__bench.when(${JSON.stringify(name)}, ${predicateSource});` });
}

export async function watchNow(page: Page, name: string, predicateSource: string): Promise<void> {
  await page.evaluate(`window.__bench.when(${JSON.stringify(name)}, ${predicateSource})`);
}

/** Signs in through the console's sign-in page and returns the browser state to reuse (cookies, storage). */
export async function signedInState(browser: Browser, baseUrl: string): Promise<StorageState> {
  const { page, context, close } = await freshPage(browser);
  try {
    await page.goto(`${baseUrl}${routes.virtualServices}`);
    await page.getByRole('textbox', { name: 'Username' }).fill('admin');
    await page.getByRole('textbox', { name: 'Password' }).fill('avi123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /^User menu: / }).waitFor();
    await page.waitForFunction(`(${conditions.virtualServiceRows})()`, undefined, { timeout: 60_000 });
    return await context.storageState();
  } finally {
    await close();
  }
}

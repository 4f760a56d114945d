import { expect, type Locator, type Page } from '@playwright/test';
import { signIn } from '../../support/session';

export const stepNames = ['Settings', 'Policies', 'Analytics', 'Advanced', 'Review'] as const;
export type StepName = (typeof stepNames)[number];

/** The wizard's own navigation (the masthead and sidebar have others). */
export function wizardNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Virtual service wizard steps' });
}

export function stepHeading(page: Page, step: StepName): Locator {
  return page.getByRole('heading', { level: 2, name: step, exact: true });
}

/** The step is shown. `timeout` for the first paint after a page load (lazy chunks, defaults fetched). */
export async function expectStep(page: Page, step: StepName, timeout?: number): Promise<void> {
  await expect(stepHeading(page, step)).toBeVisible(timeout ? { timeout } : {});
}

export const PAGE_LOAD_TIMEOUT = 30_000;

/** Signs in and opens Applications → Virtual Services → Create Virtual Service → Advanced Setup. */
export async function openAdvancedWizard(page: Page): Promise<void> {
  await signIn(page, 'admin', { path: '/applications/virtual-services' });
  await page.getByRole('button', { name: 'Create Virtual Service' }).click();
  await page.getByRole('menuitem', { name: 'Advanced Setup' }).click();
  await expectStep(page, 'Settings', PAGE_LOAD_TIMEOUT);
  await expect(page.getByRole('heading', { level: 1, name: 'New Virtual Service' })).toBeVisible();
  // The defaults (System-HTTP, Default-Group…) are loaded before the form shows.
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('System-HTTP');
}

export async function next(page: Page, to: StepName): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, to);
}

export async function goToStep(page: Page, step: StepName): Promise<void> {
  await wizardNav(page).getByRole('button', { name: step, exact: true }).click();
  await expectStep(page, step);
}

/** Picks an application profile with the typeahead (the controller searches by name). */
export async function chooseProfile(page: Page, name: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Application Profile' });
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
  await expect(input).toHaveValue(name);
}

export function profileOption(page: Page, name: string): Locator {
  return page.getByRole('option', { name: new RegExp(`^${name}\\b`) });
}

/** Opens the Service Engine Group picker. */
export async function openSeGroupPicker(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Service Engine Group/ }).click();
}

export function seGroupOption(page: Page, name: string): Locator {
  return page.getByRole('option', { name: new RegExp(`^${name}\\b`) });
}

export async function chooseSeGroup(page: Page, name: string): Promise<void> {
  await openSeGroupPicker(page);
  await seGroupOption(page, name).click();
  await expect(page.getByRole('button', { name: /^Service Engine Group/ })).toContainText(name);
}

export interface BasicSettings {
  name: string;
  vip: string;
  servers?: string[];
  port?: string;
}

/** Fills the Settings step for a new virtual service with a new pool. */
export async function fillSettings(page: Page, settings: BasicSettings): Promise<void> {
  await page.getByLabel('Virtual Service Name').fill(settings.name);
  await page.getByLabel('VIP Address').fill(settings.vip);
  if (settings.port) await page.getByLabel('Service 1 port', { exact: true }).fill(settings.port);
  const servers = settings.servers ?? ['10.10.10.71'];
  for (const [index, ip] of servers.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add server' }).click();
    await page.getByLabel(`Server ${index + 1} IP address`).fill(ip);
  }
}

/** The Review step's JSON requests, parsed. */
export async function reviewRequests(page: Page): Promise<{ method: string; path: string; body: Record<string, unknown> }[]> {
  return JSON.parse((await page.locator('#vs-review-requests').textContent()) ?? '[]');
}

export async function reviewCli(page: Page): Promise<string> {
  return (await page.locator('#vs-review-cli').textContent()) ?? '';
}

export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/** The profile editor dialog. */
export function profileEditor(page: Page): Locator {
  return page.getByRole('dialog', { name: /Application Profile/ });
}

/** Settings filled, Default-Group replaced by Routed-Group on Advanced, and the preserving profile chosen on Settings. */
export async function preparePreservingOnRoutedGroup(page: Page, name = 'pcip-vs'): Promise<void> {
  await openAdvancedWizard(page);
  await fillSettings(page, { name, vip: '10.10.40.170', servers: ['10.10.10.73'] });
  await next(page, 'Policies');
  await next(page, 'Analytics');
  await next(page, 'Advanced');
  await chooseSeGroup(page, 'Routed-Group');
  await goToStep(page, 'Settings');
  await chooseProfile(page, 'HTTP-Preserve-Client-IP');
}

/** Opens the Application Profile picker and searches. */
export async function searchProfiles(page: Page, text: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Application Profile' });
  await input.click();
  await input.fill(text);
}

import type { Browser, Page } from '@playwright/test';
import { freshPage, markTime, type StorageState } from './browser';
import { conditions, routes, watchNow } from './console-page';
import { byText, keystrokeLatencies, timeClick } from './in-page';
import { summarize, type Sample } from './stats';

export interface InteractionFigures {
  keystroke: Sample;
  next: Sample;
  openEditor: Sample;
  muxToPcip: Sample;
}

/** In-page conditions on the wizard. */
const currentStepIs = (step: string) =>
  `() => [...document.querySelectorAll('[aria-current="step"]')].some((el) => el.textContent.trim().startsWith(${JSON.stringify(step)}))`;
const dialogOpen = (title: string) => `() => [...document.querySelectorAll('[role="dialog"]')].some((d) => d.textContent.includes(${JSON.stringify(title)}))`;
const controlEnabled = (label: string) => `() => { const el = ${conditions.labelledControl(label)}; return !!el && !el.disabled; }`;
const controlElement = (label: string) => conditions.labelledControl(label);

async function goToStep(page: Page, step: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: step, exact: true }).click();
  await page.waitForFunction(`(${currentStepIs(step)})()`);
}

/** Fills what Settings needs before Next: a VIP and a pool (the name is typed by the keystroke probe). */
async function fillSettings(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'VIP Address' }).fill('10.10.40.231');
  const pool = page.getByRole('combobox', { name: /^Pool/ });
  await pool.click();
  await page.getByRole('option').first().click();
}

async function chooseRoutedSeGroup(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Service Engine Group/ }).or(page.getByRole('combobox', { name: /Service Engine Group/ })).first().click();
  await page.getByRole('option', { name: /Routed-Group/ }).click();
}

export async function measureInteractions(
  browser: Browser,
  baseUrl: string,
  storageState: StorageState,
  cpuSlowdown: number,
  runs: number,
): Promise<InteractionFigures> {
  const keys: number[] = [];
  const next: number[] = [];
  const openEditor: number[] = [];
  const muxToPcip: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { page, close } = await freshPage(browser, { storageState, cpuSlowdown });
    try {
      await page.goto(`${baseUrl}${routes.createVirtualService}`);
      await watchNow(page, 'wizard', conditions.wizardNameReady);
      await markTime(page, 'wizard');
      await page.getByRole('textbox', { name: 'Virtual Service Name' }).click();
      keys.push(...(await keystrokeLatencies(page, `bench-vs-${run}-typing-latency`, 60)));
      await fillSettings(page);
      next.push(await timeClick(page, 'next', byText('Next'), currentStepIs('Policies')));
      await goToStep(page, 'Advanced');
      await chooseRoutedSeGroup(page);
      await goToStep(page, 'Settings');
      openEditor.push(await timeClick(page, 'editor', byText('Edit Application Profile'), dialogOpen('Application Profile')));
      muxToPcip.push(await timeClick(page, 'mux', controlElement('Connection Multiplexing'), controlEnabled('Preserve Client IP')));
    } finally {
      await close();
    }
  }
  return { keystroke: summarize(keys), next: summarize(next), openEditor: summarize(openEditor), muxToPcip: summarize(muxToPcip) };
}

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

/**
 * In-page conditions on the wizard. Steps kept are in the page, hidden with `display: none` on their top
 * elements, and the step prepared ahead is marked `aria-hidden`; the test reads attributes only, so checking it
 * forces no style or layout.
 */
const currentStepIs = (step: string) =>
  `() => [...document.querySelectorAll('main h2')].some((h) => h.textContent.trim() === ${JSON.stringify(step)} && !h.closest('[hidden], [style*="display: none"], [aria-hidden="true"]'))`;
/** A dialog prepared ahead (out of rendering, `aria-hidden`) is in the page before it opens: it does not count. */
const dialogOpen = (title: string) =>
  `() => [...document.querySelectorAll('[role="dialog"]')].some((d) => d.textContent.includes(${JSON.stringify(title)}) && !d.closest('[aria-hidden="true"]'))`;
const controlEnabled = (label: string) => `() => { const el = ${conditions.labelledControl(label)}; return !!el && !el.disabled; }`;
const controlElement = (label: string) => conditions.labelledControl(label);

async function goToStep(page: Page, step: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Virtual service wizard steps' }).getByRole('button', { name: step, exact: true }).click();
  await page.waitForFunction(`(${currentStepIs(step)})()`);
}

/** Fills what Settings needs before Next: a VIP and a server for the new pool (the name is typed by the keystroke probe). */
async function fillSettings(page: Page): Promise<void> {
  await page.getByLabel('VIP Address').fill('10.10.40.231');
  await page.getByLabel('Server 1 IP address').fill('10.10.10.77');
}

async function chooseRoutedSeGroup(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Service Engine Group/ }).click();
  await page.getByRole('option', { name: /^Routed-Group\b/ }).click();
}

/** One run of the wizard's interactions, in a fresh page: typing into Name, Next, opening the editor, multiplexing off. */
export interface InteractionRun {
  keys: number[];
  next: number;
  openEditor: number;
  muxToPcip: number;
}

export async function interactionRun(browser: Browser, baseUrl: string, storageState: StorageState, cpuSlowdown: number, run: number): Promise<InteractionRun> {
  const { page, close } = await freshPage(browser, { storageState, cpuSlowdown });
  try {
    await page.goto(`${baseUrl}${routes.createVirtualService}`);
    await watchNow(page, 'wizard', conditions.wizardNameReady);
    await markTime(page, 'wizard');
    await page.getByRole('textbox', { name: 'Virtual Service Name' }).click();
    const keys = await keystrokeLatencies(page, `bench-vs-${run}-typing-latency`, 60);
    await fillSettings(page);
    const next = await timeClick(page, 'next', byText('Next'), currentStepIs('Policies'));
    for (const step of ['Analytics', 'Advanced']) {
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.waitForFunction(`(${currentStepIs(step)})()`);
    }
    await chooseRoutedSeGroup(page);
    await goToStep(page, 'Settings');
    await page.getByRole('combobox', { name: 'Application Profile' }).waitFor();
    const openEditor = await timeClick(page, 'editor', byText('Edit Application Profile'), `() => (${dialogOpen('Application Profile')})() && !!(${controlElement('Connection Multiplexing')})`);
    // System-HTTP is used by enabled virtual services (PCIP-ENABLED-VS): measure on a new profile instead.
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Create Application Profile' }).click();
    await page.getByRole('dialog').getByLabel('Connection Multiplexing').waitFor();
    const muxToPcip = await timeClick(page, 'mux', controlElement('Connection Multiplexing'), controlEnabled('Preserve Client IP'));
    return { keys, next, openEditor, muxToPcip };
  } finally {
    await close();
  }
}

export function summarizeInteractions(runs: InteractionRun[]): InteractionFigures {
  return {
    keystroke: summarize(runs.flatMap((r) => r.keys)),
    next: summarize(runs.map((r) => r.next)),
    openEditor: summarize(runs.map((r) => r.openEditor)),
    muxToPcip: summarize(runs.map((r) => r.muxToPcip)),
  };
}

/**
 * The floor's keystroke-to-paint latencies in one run: typing the same text into a bare React text field (the
 * floor app's probe). What the wizard's figure would be if the field did nothing but show its value: frame
 * alignment and the browser's own work.
 */
export async function floorKeystrokeRun(browser: Browser, floorUrl: string, cpuSlowdown: number, run: number): Promise<number[]> {
  const { page, close } = await freshPage(browser, { cpuSlowdown });
  try {
    await page.goto(floorUrl);
    await page.getByRole('textbox', { name: 'Floor probe' }).click();
    return await keystrokeLatencies(page, `bench-vs-${run}-typing-latency`, 60);
  } finally {
    await close();
  }
}

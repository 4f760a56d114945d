import type { Browser, CDPSession, Page } from '@playwright/test';
import { freshPage, markTime, type StorageState } from './browser';
import { coldLoad, repeat } from './cold-load';
import { conditions, routes, signedInState, watchNow } from './console-page';
import { byText, timeAfterTyping, timeClick } from './in-page';
import { summarize, type Sample } from './stats';

export interface ScaleFigures {
  /** From a click on "Virtual Services" in the navigation (the console open on another page) to its rows. */
  firstPage: Sample;
  /** The same page loaded cold (navigation, code and data): scale's share is the difference to the default seed. */
  firstPageCold: Sample;
  search: Sample;
  sort: Sample;
  poolSearch: Sample;
  heapBefore: number;
  heapAfter: number;
  /** A virtual service name that exists on the large seed (used by the load test). */
  sampleName: string;
}

const firstRowName = `(() => document.querySelector('main table tbody tr a')?.textContent.trim() ?? '')()`;
const everyRowContains = (text: string) =>
  `() => { const names = [...document.querySelectorAll('main table tbody tr a')].map((a) => a.textContent); return names.length > 0 && names.every((n) => n.includes(${JSON.stringify(text)})); }`;
const firstRowIsNot = (name: string) => `() => { const n = ${firstRowName}; return n !== '' && n !== ${JSON.stringify(name)}; }`;
const optionsContain = (text: string) =>
  `() => { const o = [...document.querySelectorAll('[role="option"]')]; return o.length > 0 && o.every((el) => el.textContent.includes(${JSON.stringify(text)}) || el.getAttribute('aria-disabled') === 'true'); }`;

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const virtualServicesPageRows = `() => [...document.querySelectorAll('main h1')].some((h) => h.textContent.trim() === 'Virtual Services') && (${conditions.virtualServiceRows})()`;
const navLink = (text: string) => byText(text, 'nav a');

/** The console open on Application Profiles; a click on "Virtual Services" in the navigation, until its rows show. */
async function openVirtualServicesFromNavigation(browser: Browser, baseUrl: string, state: StorageState, run: number): Promise<number> {
  const { page, close } = await freshPage(browser, { storageState: state });
  try {
    await page.goto(`${baseUrl}${routes.applicationProfiles}`);
    await page.getByRole('heading', { level: 1, name: 'Application Profiles' }).waitFor();
    await page.locator('main table tbody tr a').first().waitFor();
    return await timeClick(page, `open-vs-${run}`, navLink('Virtual Services'), virtualServicesPageRows);
  } finally {
    await close();
  }
}

async function searchBox(page: Page) {
  return page.getByRole('searchbox').or(page.getByRole('textbox', { name: /search/i })).first();
}

export async function measureScale(browser: Browser, baseUrl: string, runs: number): Promise<ScaleFigures> {
  const state: StorageState = await signedInState(browser, baseUrl);
  const firstPageRuns = await repeat(runs, () => coldLoad(browser, `${baseUrl}${routes.virtualServices}`, conditions.virtualServiceRows, { storageState: state }));
  const openFromNavigation: number[] = [];
  for (let run = 0; run < runs; run += 1) openFromNavigation.push(await openVirtualServicesFromNavigation(browser, baseUrl, state, run));

  const search: number[] = [];
  const sort: number[] = [];
  const poolSearch: number[] = [];
  let heapBefore = Number.NaN;
  let heapAfter = Number.NaN;
  let sampleName = '';
  for (let run = 0; run < runs; run += 1) {
    const { page, context, close } = await freshPage(browser, { storageState: state });
    try {
      await page.goto(`${baseUrl}${routes.virtualServices}`);
      await watchNow(page, 'rows', conditions.virtualServiceRows);
      await markTime(page, 'rows');
      sampleName = (await page.evaluate(firstRowName)) as string;
      // Typing "vs-0432" first shows vs-04320 ... vs-04329; only the last keystroke narrows to one row.
      const term = 'vs-04321';
      await (await searchBox(page)).click();
      search.push(await timeAfterTyping(page, `search-${run}`, term, 80, everyRowContains(term)));
      await (await searchBox(page)).fill('');
      await page.waitForFunction(`(${firstRowIsNot('')})()`);
      const before = (await page.evaluate(firstRowName)) as string;
      sort.push(await timeClick(page, `sort-${run}`, byText('Name', 'th button'), firstRowIsNot(before)));
      if (run === 0) {
        const cdp = await context.newCDPSession(page);
        heapBefore = await heapUsed(cdp);
        for (let p = 0; p < 20; p += 1) {
          const current = (await page.evaluate(firstRowName)) as string;
          await page.getByRole('button', { name: 'Go to next page' }).first().click();
          await page.waitForFunction(`(${firstRowIsNot(current)})()`);
        }
        heapAfter = await heapUsed(cdp);
      }
      await page.goto(`${baseUrl}${routes.createVirtualService}`);
      await watchNow(page, 'wizard', conditions.wizardNameReady);
      await markTime(page, 'wizard');
      await page.getByRole('radio', { name: 'Use an existing pool' }).check();
      await page.getByRole('combobox', { name: 'Pool', exact: true }).click();
      // pool-04240 ... pool-04249: free pools of the large seed (POOLED_VIRTUAL_SERVICES).
      poolSearch.push(await timeAfterTyping(page, `pool-${run}`, 'pool-0424', 80, optionsContain('pool-0424')));
    } finally {
      await close();
    }
  }
  return {
    firstPage: summarize(openFromNavigation),
    firstPageCold: summarize(firstPageRuns.map((r) => r.ready)),
    search: summarize(search),
    sort: summarize(sort),
    poolSearch: summarize(poolSearch),
    heapBefore,
    heapAfter,
    sampleName,
  };
}

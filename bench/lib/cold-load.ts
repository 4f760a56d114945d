import type { Browser, Page } from '@playwright/test';
import { freshPage, markTime, paintTimings, type StorageState } from './browser';
import { urlPathOf } from './bundle';
import { watchFromStart } from './console-page';

export interface ColdLoad {
  /** ms from navigation start until the condition held (after the next paint). */
  ready: number;
  fcp: number;
  lcp: number;
  /** Same-origin paths of every script and style sheet fetched until then. */
  assets: string[];
}

export interface ColdLoadOptions {
  storageState?: StorageState;
  cpuSlowdown?: number;
  /** Runs on the loaded page before it closes (e.g. to measure what a next step loads). */
  then?: (page: Page, assets: string[]) => Promise<void>;
}

/** Loads `url` in a fresh context (empty cache) and times it until `condition` holds. */
export async function coldLoad(browser: Browser, url: string, condition: string, options: ColdLoadOptions = {}): Promise<ColdLoad> {
  const { page, close } = await freshPage(browser, options);
  try {
    const origin = new URL(url).origin;
    const assets: string[] = [];
    page.on('request', (request) => {
      const type = request.resourceType();
      if ((type === 'script' || type === 'stylesheet') && request.url().startsWith(origin)) assets.push(urlPathOf(request.url()));
    });
    await watchFromStart(page, 'ready', condition);
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await markTime(page, 'ready');
    const { fcp, lcp } = await paintTimings(page);
    const loaded = [...assets];
    if (options.then) await options.then(page, assets);
    return { ready, fcp, lcp, assets: loaded };
  } finally {
    await close();
  }
}

/**
 * Runs each measurement `runs` times, taking them in turns (one of each per round). The machine's load drifts
 * over the minute a series takes; in turns, the measurements share the drift, and the ratios between them (to
 * the floor, the demo to production) hold.
 */
export async function interleave<M extends Record<string, unknown>>(
  runs: number,
  measurements: { [K in keyof M]: (run: number) => Promise<M[K]> },
): Promise<{ [K in keyof M]: M[K][] }> {
  const keys = Object.keys(measurements) as (keyof M)[];
  const results = {} as { [K in keyof M]: M[K][] };
  for (const key of keys) results[key] = [];
  for (let run = 0; run < runs; run += 1) for (const key of keys) results[key].push(await measurements[key](run));
  return results;
}

export async function repeat<T>(runs: number, once: (run: number) => Promise<T>): Promise<T[]> {
  return (await interleave(runs, { once })).once;
}

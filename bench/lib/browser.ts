import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';

/** Headless Chromium, launched as the end-to-end tests launch it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface FreshPage {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A new context (empty cache) and page, optionally signed in and with the CPU slowed down. */
export async function freshPage(browser: Browser, options: { storageState?: StorageState; cpuSlowdown?: number } = {}): Promise<FreshPage> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    // The console's CSP forbids eval; the probes are string functions evaluated in the page.
    bypassCSP: true,
    ...(options.storageState ? { storageState: options.storageState } : {}),
  });
  const page = await context.newPage();
  await page.addInitScript({ content: IN_PAGE_PROBES });
  if (options.cpuSlowdown && options.cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  }
  return { page, context, close: () => context.close() };
}

/**
 * Probes installed before any page script: paint timings, keystroke-to-next-paint latencies, and
 * `__bench.when(name, predicate)`, which records the first moment (after the next paint) a DOM
 * condition holds.
 */
const IN_PAGE_PROBES = `
(() => {
  const afterNextPaint = (fn) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => fn(performance.now()); c.port2.postMessage(0); });
  const bench = { marks: {}, lcp: 0, keys: [], events: [], watchers: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.events.push({ name: e.name, duration: e.duration }); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (e) {}
  addEventListener('keydown', (event) => {
    if (!bench.recordKeys) return;
    const start = event.timeStamp;
    bench.lastKeyAt = start;
    afterNextPaint((t) => bench.keys.push(t - start));
  }, true);
  const check = () => {
    bench.watchers = bench.watchers.filter((w) => {
      let ok = false;
      try { ok = w.predicate(); } catch (e) {}
      if (ok) afterNextPaint((t) => { bench.marks[w.name] = t; });
      return !ok;
    });
  };
  bench.when = (name, predicate) => { delete bench.marks[name]; bench.watchers.push({ name, predicate }); check(); };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
`;

declare global {
  interface Window {
    __bench: {
      marks: Record<string, number>;
      lcp: number;
      keys: number[];
      events: { name: string; duration: number }[];
      recordKeys?: boolean;
      lastKeyAt?: number;
      when(name: string, predicate: () => boolean): void;
    };
  }
}

/** Waits for a mark set by `__bench.when` and returns its time (ms since navigation start). */
export async function markTime(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction((n) => window.__bench?.marks[n], name, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as number;
}

/**
 * Paint entries are queued after the frame that produced them: wait (briefly) for first-contentful-paint to
 * arrive. A string, so the bundler's helpers (`__name`) stay out of the page.
 */
const paintTimingsSource = `new Promise((resolve) => {
  const finish = (fcp) => resolve({ fcp, lcp: window.__bench.lcp || Number.NaN });
  const recorded = performance.getEntriesByName('first-contentful-paint')[0];
  if (recorded) return finish(recorded.startTime);
  const giveUp = setTimeout(() => finish(Number.NaN), 5000);
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (!entry) return;
    clearTimeout(giveUp);
    finish(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;

export async function paintTimings(page: Page): Promise<{ fcp: number; lcp: number }> {
  return page.evaluate<{ fcp: number; lcp: number }>(paintTimingsSource);
}

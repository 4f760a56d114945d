import type { Page } from '@playwright/test';
import { markTime } from './browser';

/** An in-page expression finding a button (or link, or menu item) by its visible text or aria-label. */
export const byText = (text: string, tags = 'button, a, [role="menuitem"]') =>
  `[...document.querySelectorAll(${JSON.stringify(tags)})].find((el) => el.textContent.trim() === ${JSON.stringify(text)} || el.getAttribute('aria-label') === ${JSON.stringify(text)})`;

/**
 * Clicks `target` from inside the page and measures until `predicate` holds after the next paint:
 * the latency the user sees, without the driver's round trips.
 */
export async function timeClick(page: Page, name: string, target: string, predicate: string): Promise<number> {
  const start = await page.evaluate(`(() => {
    const el = ${target};
    if (!el) throw new Error('benchmark: nothing to click for ${name.replace(/'/g, '')}');
    window.__bench.when(${JSON.stringify(name)}, ${predicate});
    const t0 = performance.now();
    el.click();
    return t0;
  })()`);
  const end = await markTime(page, name, 30_000);
  return end - (start as number);
}

/** Types into the focused control and returns the keystroke-to-next-paint latency of every key. */
export async function keystrokeLatencies(page: Page, text: string, delayMs: number): Promise<number[]> {
  await page.evaluate(() => {
    window.__bench.keys = [];
    window.__bench.recordKeys = true;
  });
  await page.keyboard.type(text, { delay: delayMs });
  await page.waitForFunction((n) => window.__bench.keys.length >= n, text.length, { polling: 20 });
  return page.evaluate(() => {
    window.__bench.recordKeys = false;
    return window.__bench.keys;
  });
}

/** Types `text` key by key and measures from the last keystroke until `predicate` holds. */
export async function timeAfterTyping(page: Page, name: string, text: string, delayMs: number, predicate: string): Promise<number> {
  await page.evaluate(() => {
    window.__bench.recordKeys = true;
  });
  await page.keyboard.type(text, { delay: delayMs });
  await page.evaluate(`window.__bench.when(${JSON.stringify(name)}, ${predicate})`);
  const end = await markTime(page, name, 30_000);
  const lastKey = await page.evaluate(() => {
    window.__bench.recordKeys = false;
    return window.__bench.lastKeyAt ?? Number.NaN;
  });
  return end - lastKey;
}

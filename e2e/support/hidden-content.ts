import type { Page } from '@playwright/test';

declare global {
  interface Window {
    controlsRenderedWhileHidden?: string[];
  }
}

/**
 * From now on, records every control inside an `aria-hidden` part of the page that the browser renders (and so
 * lets the keyboard focus) at the moment it is added or hidden, before that frame is painted. A part prepared
 * ahead must be out of rendering from its first frame; an assertion made later, after it is stored, cannot see
 * a frame in between.
 */
export async function watchControlsRenderedWhileHidden(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: string[] = (window.controlsRenderedWhileHidden = []);
    const controls = 'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';
    new MutationObserver(() => {
      for (const control of document.querySelectorAll<HTMLElement>(`[aria-hidden="true"] :is(${controls})`)) {
        if (control.checkVisibility()) found.push(control.outerHTML.slice(0, 120));
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-hidden', 'class'] });
  });
}

/** What `watchControlsRenderedWhileHidden` recorded. */
export const controlsRenderedWhileHidden = (page: Page): Promise<string[]> => page.evaluate(() => window.controlsRenderedWhileHidden ?? []);

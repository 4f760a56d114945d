import type { Page, TestInfo } from '@playwright/test';

/**
 * Saves a named screenshot of the whole page next to the test's results (looked at by people, not compared).
 * The wizard scrolls inside the page; for the picture it is let grow so every field of the step shows.
 */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  const style = await page.addStyleTag({ content: '.vs-wizard { height: auto !important; } .vs-wizard .pf-v6-c-wizard__outer-wrap, .vs-wizard .pf-v6-c-wizard__main { max-height: none !important; overflow: visible !important; }' });
  await page.screenshot({ path, fullPage: true });
  await style.evaluate((element) => (element as HTMLElement).remove());
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

import { expect, test } from '@playwright/test';

/**
 * The text fonts come with the page (`<link rel="preload">`, build/first-paint-fonts.ts) rather than when
 * the first layout asks for them: the first layout is in the right face, and the page is not laid out twice.
 */
test('the text fonts load with the page, once each, and are the faces the page uses', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2$/.test(entry.name))
      .map((entry) => ({ file: entry.name.split('/').pop() ?? '', by: (entry as PerformanceResourceTiming).initiatorType })),
  );
  for (const face of ['RedHatTextVF-', 'RedHatDisplayVF-']) {
    // One fetch, by the preload link: a second (by the style sheet) would mean the preload did not match.
    expect(fetched.filter((f) => f.file.startsWith(face))).toEqual([{ file: expect.stringMatching(/\.woff2$/), by: 'link' }]);
  }
  expect(await page.evaluate(() => document.fonts.check('1rem "Red Hat Text"') && document.fonts.check('700 1.5rem "Red Hat Display"'))).toBe(true);
});

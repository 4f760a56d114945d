import { expect, test, type Page } from '@playwright/test';
import { expectStep, fillSettings, openAdvancedWizard, PAGE_LOAD_TIMEOUT, profileEditor } from './support/wizard';

/**
 * What keeps a keystroke cheap on a page as large as the wizard. `npm run bench` measures the latency; these
 * check that the page is built the way the figures depend on.
 */

/** Every text field of a form group in `scope`: its box's containment, and its box's and its input's heights. */
function textFieldBoxes(page: Page, scope: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`${selector} is not in the page`);
    return [...root.querySelectorAll('.pf-v6-c-form__group-control > .pf-v6-c-form-control')].flatMap((box) => {
      const input = box.querySelector(':scope > input');
      if (!input) return [];
      return [{ field: input.getAttribute('name') ?? input.id, contain: getComputedStyle(box).contain, box: box.getBoundingClientRect().height, input: input.getBoundingClientRect().height }];
    });
  }, scope);
}

test('a text field is laid out on its own, at the height its input has anyway', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'contained-vs', vip: '10.10.40.197' });
  await page.getByRole('textbox', { name: 'Virtual Service Name' }).press('End');
  await page.keyboard.type('-2');
  await expect(page.getByRole('textbox', { name: 'Pool Name' })).toHaveValue('contained-vs-2-pool');

  // Size and layout containment make the field where the browser's layout stops after a keystroke; size
  // containment ignores the content, so the height it is given must be the one its input needs.
  const settings = await textFieldBoxes(page, 'main form');
  expect(settings.map((f) => f.field)).toEqual(expect.arrayContaining(['settings.name', 'settings.description', 'settings.vip.address', 'settings.pool.name']));
  for (const field of settings) expect(field, field.field).toMatchObject({ contain: expect.stringMatching(/\bsize\b.*\blayout\b/), box: field.input });

  await page.getByRole('button', { name: 'Edit Application Profile' }).click();
  await expect(profileEditor(page).getByRole('checkbox', { name: 'Connection Multiplexing' })).toBeVisible();
  const editor = await textFieldBoxes(page, '[role="dialog"]');
  expect(editor.length).toBeGreaterThan(0);
  for (const field of editor) expect(field, field.field).toMatchObject({ contain: expect.stringMatching(/\bsize\b.*\blayout\b/), box: field.input });
});

test('nothing turns out of sight: the profile editor prepared ahead runs no animation', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'still-vs', vip: '10.10.40.198' });
  // The editor rendered ahead waits for the admin to open it before counting who uses the profile: its spinner
  // is in the page. Turning, it would have the browser produce a frame at every refresh, for a part it does not
  // even show, and every keystroke would wait for the next one.
  const prepared = page.locator('[aria-hidden="true"] [role="dialog"]');
  await expect(prepared.getByRole('progressbar', { name: 'Counting the virtual services that use the profile', includeHidden: true })).toBeAttached();
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length)).toBe(0);

  // Opened, the same spinner turns while the count loads, and the count replaces it.
  await page.getByRole('button', { name: 'Edit Application Profile' }).click();
  await expect(profileEditor(page).getByText(/Used by \d+ virtual services? \(\d+ enabled\)|No virtual service uses this profile yet/)).toBeVisible();
});

test("the new pool's name catches up with the virtual service's name after the typing, at the latest when the field is left", async ({ page }) => {
  await openAdvancedWizard(page);
  await page.getByLabel('VIP Address').fill('10.10.40.199');
  await page.getByLabel('Server 1 IP address').fill('10.10.10.79');
  const poolName = page.getByRole('textbox', { name: 'Pool Name' });
  await expect(poolName).toHaveValue('');

  // Typed without a pause and left at once by a click on Next: Next checks a pool name that has caught up.
  await page.getByRole('textbox', { name: 'Virtual Service Name' }).click();
  await page.keyboard.type('quick-vs');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 'Policies');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectStep(page, 'Settings');
  await expect(poolName).toHaveValue('quick-vs-pool');

  // Typed and paused in the field: it catches up without the field being left.
  const name = page.getByRole('textbox', { name: 'Virtual Service Name' });
  await name.press('End');
  await page.keyboard.type('-2');
  await expect(poolName).toHaveValue('quick-vs-2-pool');
  await expect(name).toBeFocused();
});

test("a reload straight after typing the name keeps the new pool's name caught up in the draft", async ({ page }) => {
  await openAdvancedWizard(page);
  await page.getByLabel('VIP Address').fill('10.10.40.200');
  await page.getByRole('textbox', { name: 'Virtual Service Name' }).click();
  await page.keyboard.type('reloaded-vs');
  await page.reload();
  await expectStep(page, 'Settings', PAGE_LOAD_TIMEOUT);
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toHaveValue('reloaded-vs');
  await expect(page.getByRole('textbox', { name: 'Pool Name' })).toHaveValue('reloaded-vs-pool');
  // Still following: the pool's name was not taken for one the admin typed.
  await page.getByRole('textbox', { name: 'Virtual Service Name' }).fill('reloaded-vs-2');
  await expect(page.getByRole('textbox', { name: 'Pool Name' })).toHaveValue('reloaded-vs-2-pool');
});

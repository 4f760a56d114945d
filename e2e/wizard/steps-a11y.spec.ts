import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { setTheme } from '../support/theme';
import { snapshot } from './support/artifacts';
import { chooseSeGroup, fillSettings, goToStep, next, openAdvancedWizard, profileEditor } from './support/wizard';

test.use({ viewport: { width: 1400, height: 2000 } });
// Seven axe runs and screenshots in one walk through the wizard.
test.describe.configure({ timeout: 180_000 });

for (const theme of ['light', 'dark'] as const) {
  test(`every step and the profile editor pass axe, ${theme} theme (screenshots attached)`, async ({ page }, testInfo) => {
    await openAdvancedWizard(page);
    await setTheme(page, theme);
    await fillSettings(page, { name: 'a11y-vs', vip: '10.10.40.160', servers: ['10.10.10.81', '10.10.10.82'] });
    await page.getByRole('checkbox', { name: 'Service 1 SSL' }).check();
    await expectNoSeriousA11yViolations(page, 'Settings');
    await snapshot(page, testInfo, `${theme}-1-settings`);

    await page.getByRole('button', { name: 'Edit Application Profile' }).click();
    const editor = profileEditor(page);
    await expect(editor.getByRole('checkbox', { name: 'Preserve Client IP' })).toBeDisabled();
    await expect(editor.getByText(/Used by \d+ virtual service/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Edit Application Profile');
    await snapshot(page, testInfo, `${theme}-2-editor`);
    await editor.getByRole('button', { name: 'Cancel' }).click();

    await next(page, 'Policies');
    await page.getByRole('combobox', { name: 'HTTP policy set to add' }).selectOption({ label: 'Block-Admin-Paths' });
    await page.getByRole('button', { name: 'Add HTTP policy set' }).click();
    await expectNoSeriousA11yViolations(page, 'Policies');
    await snapshot(page, testInfo, `${theme}-3-policies`);

    await next(page, 'Analytics');
    await page.getByRole('checkbox', { name: 'Real Time Metrics' }).check();
    await page.getByRole('checkbox', { name: 'Full Client Logs' }).check();
    await expectNoSeriousA11yViolations(page, 'Analytics');
    await snapshot(page, testInfo, `${theme}-4-analytics`);

    await next(page, 'Advanced');
    await chooseSeGroup(page, 'Routed-Group');
    await page.getByRole('checkbox', { name: 'Rate limit new connections' }).check();
    await page.getByLabel('Threshold (new connections)').fill('100');
    await expectNoSeriousA11yViolations(page, 'Advanced');
    await snapshot(page, testInfo, `${theme}-5-advanced`);

    await goToStep(page, 'Settings');
    await page.getByRole('combobox', { name: 'Application Profile' }).click();
    await expectNoSeriousA11yViolations(page, 'Application Profile picker open');
    await snapshot(page, testInfo, `${theme}-6-profile-picker`);
    await page.keyboard.press('Escape');

    await goToStep(page, 'Advanced');
    await next(page, 'Review');
    await expectNoSeriousA11yViolations(page, 'Review');
    await snapshot(page, testInfo, `${theme}-7-review`);
  });
}

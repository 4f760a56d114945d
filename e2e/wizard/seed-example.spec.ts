import { expect, test } from '@playwright/test';
import { controllerApi } from '../support/controller-api';
import { snapshot } from './support/artifacts';
import { chooseSeGroup, expectStep, fillSettings, goToStep, next, openAdvancedWizard, profileEditor, reviewCli, reviewRequests, save } from './support/wizard';

// Each test walks the whole wizard against the mock in the page: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('the seed example: a profile like System-HTTP with multiplexing off and Preserve Client IP on, and a virtual service on the routed SE group', async ({ page }, testInfo) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'seed-app', vip: '10.10.40.150', servers: ['10.10.10.71', '10.10.10.72'] });
  await snapshot(page, testInfo, 'settings');

  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  const editor = profileEditor(page);
  await expect(editor).toBeVisible();
  await editor.getByLabel('Name', { exact: true }).fill('HTTP-Client-IP');
  const preserve = editor.getByRole('checkbox', { name: 'Preserve Client IP' });
  // Both reasons: multiplexing is on (PCIP-MUX) and the wizard's SE group has no IP routing (PCIP-ROUTING).
  await expect(preserve).toBeDisabled();
  await expect(preserve).toHaveAccessibleDescription(/PCIP-MUX/);
  await expect(preserve).toHaveAccessibleDescription(/"Default-Group" does not have IP routing enabled.*PCIP-ROUTING/);
  await snapshot(page, testInfo, 'editor-blocked');

  // The fix is on another step: the link closes the editor and goes there.
  await editor.getByRole('button', { name: 'Choose an SE group with IP routing on the Advanced step' }).click();
  await expect(editor).toBeHidden();
  await expectStep(page, 'Advanced');
  await chooseSeGroup(page, 'Routed-Group');
  await goToStep(page, 'Settings');

  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  await editor.getByLabel('Name', { exact: true }).fill('HTTP-Client-IP');
  await expect(preserve).toBeDisabled();
  await expect(preserve).toHaveAccessibleDescription(/PCIP-MUX/);
  await expect(preserve).not.toHaveAccessibleDescription(/PCIP-ROUTING/);
  await editor.getByRole('button', { name: 'Turn off Connection Multiplexing' }).click();
  await expect(editor.getByRole('checkbox', { name: 'Connection Multiplexing' })).not.toBeChecked();
  await expect(preserve).toBeEnabled();
  await preserve.check();
  // Multiplexing cannot come back while the client IP is preserved.
  await expect(editor.getByRole('checkbox', { name: 'Connection Multiplexing' })).toBeDisabled();
  await expect(editor.getByRole('checkbox', { name: 'Connection Multiplexing' })).toHaveAccessibleDescription(/PCIP-MUX/);
  await snapshot(page, testInfo, 'editor-ready');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('HTTP-Client-IP');

  await next(page, 'Policies');
  await next(page, 'Analytics');
  await next(page, 'Advanced');
  await next(page, 'Review');
  await snapshot(page, testInfo, 'review');
  const requests = await reviewRequests(page);
  expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/pool', 'POST /api/vsvip', 'POST /api/virtualservice']);
  const cli = await reviewCli(page);
  expect(cli).toContain('configure applicationprofile HTTP-Client-IP');
  expect(cli).toContain('  preserve_client_ip');
  expect(cli).toContain('configure virtualservice seed-app');
  expect(cli).toContain('  se_group_ref Routed-Group');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy CLI commands' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cli);
  await page.getByRole('button', { name: 'Copy requests' }).click();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(requests);

  await save(page);
  await expect(page).toHaveURL(/\/applications\/virtual-services\/virtualservice-/);
  const api = controllerApi(page);
  const vs = await api.findByName<{ uuid: string; se_group_ref: string; application_profile_ref: string }>('virtualservice', 'seed-app');
  const profile = await api.findByName<{ uuid: string; preserve_client_ip: boolean; http_profile: { connection_multiplexing_enabled: boolean } }>('applicationprofile', 'HTTP-Client-IP');
  expect(profile).toMatchObject({ preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false } });
  expect(vs.application_profile_ref).toContain(profile.uuid);
  const group = await api.findByName<{ uuid: string }>('serviceenginegroup', 'Routed-Group');
  expect(vs.se_group_ref).toContain(group.uuid);
});

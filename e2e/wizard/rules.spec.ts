import { expect, test } from '@playwright/test';
import { byName, controllerApi, sendDirectly } from './support/api';
import {
  chooseProfile,
  chooseSeGroup,
  fillSettings,
  goToStep,
  next,
  openAdvancedWizard,
  openSeGroupPicker,
  preparePreservingOnRoutedGroup,
  profileEditor,
  profileOption,
  searchProfiles,
  seGroupOption,
} from './support/wizard';

// Each test walks the whole wizard against the mock in the page: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** SPEC §3, every rule id, through the UI in both directions, and refused by the controller when sent directly. */

const preservingVs = (overrides: Record<string, unknown>) => ({
  name: 'direct-vs',
  services: [{ port: 80 }],
  vip: [{ vip_id: '0', ip_address: { addr: '10.10.40.199', type: 'V4' } }],
  application_profile_ref: byName('applicationprofile', 'HTTP-Preserve-Client-IP'),
  pool_ref: byName('pool', 'staging-pool'),
  se_group_ref: byName('serviceenginegroup', 'Routed-Group'),
  ...overrides,
});

test('PCIP-ROUTING: SE groups and preserving profiles rule each other out, across steps; the controller refuses the mix', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'routing-vs', vip: '10.10.40.171' });
  await searchProfiles(page, 'Preserve');
  const preserving = profileOption(page, 'HTTP-Preserve-Client-IP');
  await expect(preserving).toBeDisabled();
  await expect(preserving).toHaveAccessibleDescription(/"Default-Group" does not have IP routing enabled.*\(PCIP-ROUTING\)/);
  await page.keyboard.press('Escape');

  await next(page, 'Policies');
  await next(page, 'Analytics');
  await next(page, 'Advanced');
  await chooseSeGroup(page, 'Routed-Group');
  await goToStep(page, 'Settings');
  await searchProfiles(page, 'Preserve');
  await expect(preserving).toBeEnabled();
  await preserving.click();

  await goToStep(page, 'Advanced');
  await openSeGroupPicker(page);
  for (const group of ['Default-Group', 'Elastic-Group']) {
    await expect(seGroupOption(page, group)).toBeDisabled();
    await expect(seGroupOption(page, group)).toHaveAccessibleDescription(new RegExp(`"${group}" does not have IP routing enabled.*\\(PCIP-ROUTING\\)`));
  }
  await expect(seGroupOption(page, 'Routed-Group')).toBeEnabled();
  await page.keyboard.press('Escape');

  const refused = await sendDirectly(page, 'POST', '/api/virtualservice', preservingVs({ se_group_ref: byName('serviceenginegroup', 'Default-Group') }));
  expect(refused.status).toBe(400);
  expect(refused.ruleIds).toContain('PCIP-ROUTING');
  expect(refused.error).toContain('Default-Group');
});

test('PCIP-MUX: in the profile editor multiplexing and Preserve Client IP disable each other; the controller refuses both on', async ({ page }) => {
  await openAdvancedWizard(page);
  await fillSettings(page, { name: 'mux-vs', vip: '10.10.40.172' });
  await next(page, 'Policies');
  await next(page, 'Analytics');
  await next(page, 'Advanced');
  await chooseSeGroup(page, 'Routed-Group');
  await goToStep(page, 'Settings');
  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  const editor = profileEditor(page);
  const preserve = editor.getByRole('checkbox', { name: 'Preserve Client IP' });
  const mux = editor.getByRole('checkbox', { name: 'Connection Multiplexing' });
  await expect(preserve).toBeDisabled();
  await expect(preserve).toHaveAccessibleDescription(/multiplexing is on.*\(PCIP-MUX\)/);
  await mux.uncheck();
  await expect(preserve).toBeEnabled();
  await preserve.check();
  await expect(mux).toBeDisabled();
  await expect(mux).toHaveAccessibleDescription(/\(PCIP-MUX\)/);
  await editor.getByRole('button', { name: 'Turn off Preserve Client IP' }).click();
  await expect(preserve).not.toBeChecked();
  await expect(mux).toBeEnabled();
  await editor.getByRole('button', { name: 'Cancel' }).click();

  const refused = await sendDirectly(page, 'POST', '/api/applicationprofile', {
    name: 'both-on',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    preserve_client_ip: true,
    http_profile: { connection_multiplexing_enabled: true },
  });
  expect(refused.status).toBe(400);
  expect(refused.ruleIds).toEqual(['PCIP-MUX']);
});

test('PCIP-SNAT: SNAT is disabled while the profile preserves the client IP, and the reverse; the controller refuses both', async ({ page }) => {
  await preparePreservingOnRoutedGroup(page, 'snat-vs');
  await goToStep(page, 'Advanced');
  const snat = page.getByRole('textbox', { name: 'SNAT IP Address' });
  const vipAsSnat = page.getByRole('checkbox', { name: 'Use VIP as SNAT' });
  await expect(snat).toBeDisabled();
  await expect(snat).toHaveAccessibleDescription(/"HTTP-Preserve-Client-IP" preserves the client IP.*\(PCIP-SNAT\)/);
  await expect(vipAsSnat).toBeDisabled();
  await expect(vipAsSnat).toHaveAccessibleDescription(/\(PCIP-SNAT\)/);

  // Fixed on another step: a profile that does not preserve the client IP.
  await goToStep(page, 'Settings');
  await chooseProfile(page, 'System-HTTP');
  await goToStep(page, 'Advanced');
  await expect(snat).toBeEnabled();
  await snat.fill('10.10.40.50');

  // The reverse: with SNAT set, preserving profiles are out, in the picker and in the editor.
  await goToStep(page, 'Settings');
  await searchProfiles(page, 'Preserve');
  await expect(profileOption(page, 'HTTP-Preserve-Client-IP')).toBeDisabled();
  await expect(profileOption(page, 'HTTP-Preserve-Client-IP')).toHaveAccessibleDescription(/SNAT IP addresses \(10\.10\.40\.50\).*\(PCIP-SNAT\)/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  const editor = profileEditor(page);
  await editor.getByRole('checkbox', { name: 'Connection Multiplexing' }).uncheck();
  await expect(editor.getByRole('checkbox', { name: 'Preserve Client IP' })).toBeDisabled();
  await expect(editor.getByRole('checkbox', { name: 'Preserve Client IP' })).toHaveAccessibleDescription(/\(PCIP-SNAT\)/);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  const refused = await sendDirectly(page, 'POST', '/api/virtualservice', preservingVs({ snat_ip: [{ addr: '10.10.40.50', type: 'V4' }] }));
  expect(refused.status).toBe(400);
  expect(refused.ruleIds).toEqual(['PCIP-SNAT']);
});

test('PCIP-ENABLED-VS: Preserve Client IP cannot change while enabled virtual services use the profile; listed, with a way to see them', async ({ page }) => {
  await preparePreservingOnRoutedGroup(page, 'enabled-vs');
  await page.getByRole('button', { name: 'Edit Application Profile' }).click();
  const editor = profileEditor(page);
  await expect(editor.getByText('Used by 1 virtual service (1 enabled)')).toBeVisible();
  const preserve = editor.getByRole('checkbox', { name: 'Preserve Client IP' });
  await expect(preserve).toBeChecked();
  await expect(preserve).toBeDisabled();
  await expect(preserve).toHaveAccessibleDescription(/enabled virtual services use it: "app-vs".*\(PCIP-ENABLED-VS\)/);
  await expect(editor.getByRole('link', { name: /See the virtual services using HTTP-Preserve-Client-IP/ }).first()).toHaveAttribute('href', /refers_to=applicationprofile%3Aapplicationprofile-/);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  const api = controllerApi(page);
  const profile = await api.findByName<{ uuid: string } & Record<string, unknown>>('applicationprofile', 'HTTP-Preserve-Client-IP');
  const refused = await sendDirectly(page, 'PUT', `/api/applicationprofile/${profile.uuid}`, { ...profile, preserve_client_ip: false });
  expect(refused.status).toBe(400);
  expect(refused.ruleIds).toEqual(['PCIP-ENABLED-VS']);
  expect(refused.error).toContain('app-vs');

  // Once app-vs is disabled the setting can change.
  const appVs = await api.findByName<{ uuid: string }>('virtualservice', 'app-vs');
  expect((await api.patch(`/api/virtualservice/${appVs.uuid}`, { replace: { enabled: false } })).status).toBe(200);
  await page.getByRole('button', { name: 'Edit Application Profile' }).click();
  await expect(editor.getByText('Used by 1 virtual service (0 enabled)')).toBeVisible();
  await expect(preserve).toBeEnabled();
});

test('XFF-HTTP-ONLY and PROXY-L4-ONLY: each setting shows for its type only, a type change drops the other; the controller refuses them elsewhere', async ({ page }) => {
  await openAdvancedWizard(page);
  await page.getByRole('button', { name: 'Create Application Profile' }).click();
  const editor = profileEditor(page);
  const type = editor.getByRole('combobox', { name: 'Type' });
  const xff = editor.getByRole('checkbox', { name: 'X-Forwarded-For', exact: true });
  const proxy = editor.getByRole('checkbox', { name: 'PROXY Protocol', exact: true });
  await expect(xff).toBeVisible();
  await expect(proxy).toHaveCount(0);
  await type.selectOption({ label: 'L4' });
  await expect(xff).toHaveCount(0);
  await expect(proxy).toBeVisible();
  await proxy.check();
  await type.selectOption({ label: 'HTTP' });
  await expect(proxy).toHaveCount(0);
  await expect(xff).toBeChecked();
  await editor.getByLabel('Name', { exact: true }).fill('Was-L4-Now-HTTP');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();
  const saved = await controllerApi(page).findByName<{ uuid: string; tcp_app_profile?: { proxy_protocol_enabled?: boolean } }>('applicationprofile', 'Was-L4-Now-HTTP');
  expect(saved.tcp_app_profile?.proxy_protocol_enabled ?? false).toBe(false);

  const xffOnL4 = await sendDirectly(page, 'POST', '/api/applicationprofile', { name: 'l4-with-xff', type: 'APPLICATION_PROFILE_TYPE_L4', http_profile: { xff_enabled: true } });
  expect(xffOnL4.status).toBe(400);
  expect(xffOnL4.ruleIds).toEqual(['XFF-HTTP-ONLY']);
  const proxyOnHttp = await sendDirectly(page, 'POST', '/api/applicationprofile', {
    name: 'http-with-proxy',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    tcp_app_profile: { proxy_protocol_enabled: true },
  });
  expect(proxyOnHttp.status).toBe(400);
  expect(proxyOnHttp.ruleIds).toEqual(['PROXY-L4-ONLY']);
});

test('ROUTING-SCOPE: a preserving profile on the routed group needs servers on a directly connected network', async ({ page }) => {
  await preparePreservingOnRoutedGroup(page, 'scope-vs');
  // Arranged: an unused pool whose servers sit behind a router.
  const created = await controllerApi(page).post('/api/pool', { name: 'remote-pool', servers: [{ ip: { addr: '192.168.60.10', type: 'V4' } }] });
  expect(created.status).toBe(201);
  // An existing pool behind a router cannot be chosen.
  await page.getByRole('radio', { name: 'Use an existing pool' }).check();
  const pools = page.getByRole('combobox', { name: 'Pool' });
  await pools.click();
  await pools.fill('pool');
  // Pools other virtual services use are not offered at all.
  await expect(page.getByRole('option', { name: /^web-pool/ })).toHaveCount(0);
  const remote = page.getByRole('option', { name: /^remote-pool/ });
  await expect(remote).toBeDisabled();
  await expect(remote).toHaveAccessibleDescription(/directly connected networks \(192\.168\.60\.10 in the pool of "scope-vs" is not\).*\(ROUTING-SCOPE\)/);
  await page.keyboard.press('Escape');

  // A new pool with such a server is refused at the servers, and Next stays on Settings.
  await page.getByRole('radio', { name: 'Create a new pool' }).check();
  await page.getByLabel('Server 1 IP address').fill('192.168.50.20');
  await expect(page.getByText(/192\.168\.50\.20 in the pool of "scope-vs" is not.*\(ROUTING-SCOPE\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Server 1 IP address' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Server 1 IP address').fill('10.10.10.74');
  await expect(page.getByText(/\(ROUTING-SCOPE\)/)).toHaveCount(0);
  await next(page, 'Policies');

  const refused = await sendDirectly(page, 'POST', '/api/virtualservice', preservingVs({ pool_ref: byName('pool', 'legacy-pool') }));
  expect(refused.status).toBe(400);
  expect(refused.ruleIds).toEqual(['ROUTING-SCOPE']);
});

import { expect, test, type TestInfo } from '@playwright/test';
import { mockServerControl } from '../support/mock-control';
import { signIn } from '../support/session';
import { snapshot } from '../wizard/support/artifacts';
import { expectStep, fillSettings, PAGE_LOAD_TIMEOUT } from '../wizard/support/wizard';

/**
 * The wizard opens with what its first step needs; later steps, dialogs and the default objects arrive
 * after. Here, without the demo's service worker, the page's own requests can be held or refused.
 */
const mockControllerUrl = (testInfo: TestInfo) => String(testInfo.project.metadata.mockControllerUrl);

test.beforeEach(async ({ request }, testInfo) => {
  await mockServerControl(request, mockControllerUrl(testInfo)).reset();
});

test('a later step whose code cannot be loaded says so, and Try again loads it', async ({ page }, testInfo) => {
  const policiesChunk = /\/assets\/PoliciesStep-[^/?]*\.js(?:\?.*)?$/;
  await page.route(policiesChunk, (route) => route.abort('connectionfailed'));
  await signIn(page, 'admin', { path: '/applications/virtual-services/create' });
  await expectStep(page, 'Settings', PAGE_LOAD_TIMEOUT);
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('System-HTTP');
  await fillSettings(page, { name: 'lazy-vs', vip: '10.10.40.181' });
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  const problem = page.getByText('Could not load the Policies step');
  await expect(problem).toBeVisible();
  await snapshot(page, testInfo, 'lazy-step-failed');
  await page.unroute(policiesChunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expectStep(page, 'Policies');
  await expect(problem).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeEnabled();
});

test('a step check whose code cannot be loaded says so, and the next Next loads it', async ({ page }) => {
  const validationChunk = /\/assets\/wizard-validation-[^/?]*\.js(?:\?.*)?$/;
  await page.route(validationChunk, (route) => route.abort('connectionfailed'));
  await signIn(page, 'admin', { path: '/applications/virtual-services/create' });
  await expectStep(page, 'Settings', PAGE_LOAD_TIMEOUT);
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('System-HTTP');
  await fillSettings(page, { name: 'check-vs', vip: '10.10.40.182' });
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(page.getByText('The wizard could not check its steps before Policies')).toBeVisible();
  await expectStep(page, 'Settings');
  await page.unroute(validationChunk);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 'Policies');
});

test('a cold load of the wizard asks the controller for nothing but the session before its first field is painted', async ({ page }) => {
  await signIn(page, 'admin', { path: '/applications/virtual-services' });
  await page.addInitScript(() => {
    const probe = window as unknown as { nameFieldFrameAt?: number };
    const observer = new MutationObserver(() => {
      if (!document.querySelector('input[name="settings.name"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        probe.nameFieldFrameAt = performance.now();
      });
    });
    observer.observe(document, { subtree: true, childList: true });
  });
  await page.goto('/applications/virtual-services/create');
  await expect(page.getByRole('combobox', { name: 'Application Profile' })).toHaveValue('System-HTTP');
  await expect(page.getByRole('textbox', { name: 'Virtual Service Name' })).toBeEditable();

  const { nameFieldFrameAt, requests } = await page.evaluate(() => ({
    nameFieldFrameAt: (window as unknown as { nameFieldFrameAt?: number }).nameFieldFrameAt,
    requests: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
      .map((entry) => ({ path: new URL(entry.name).pathname + new URL(entry.name).search, startTime: entry.startTime })),
  }));
  expect(nameFieldFrameAt).toBeDefined();
  // The default objects and what the rules read are asked for after that frame.
  expect(requests.map((request) => request.path)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/api\/applicationprofile\?name=System-HTTP&/), expect.stringMatching(/^\/api\/cloud\?/), expect.stringMatching(/^\/api\/vrfcontext\?/)]),
  );
  const sessionCheck = (path: string) => path.startsWith('/api/tenant?');
  const early = requests.filter((request) => request.startTime < nameFieldFrameAt! && !sessionCheck(request.path));
  expect(early, 'asked for before the frame that paints the first field').toEqual([]);
});

test('what the admin types before the default objects arrive is kept when they fill in', async ({ page }) => {
  await signIn(page, 'admin', { path: '/applications/virtual-services' });
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const defaultQuery = /\/api\/(?:applicationprofile|networkprofile|analyticsprofile|serviceenginegroup)\?(?:.*&)?name=(?:System-HTTP|System-TCP-Proxy|System-Analytics-Profile|Default-Group)(?:&|$)/;
  await page.route(defaultQuery, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/applications/virtual-services/create');
  const name = page.getByRole('textbox', { name: 'Virtual Service Name' });
  await name.fill('early-vs');
  const profile = page.getByRole('combobox', { name: 'Application Profile' });
  await expect(profile).toHaveValue('');

  release();
  await expect(profile).toHaveValue('System-HTTP');
  await expect(name).toHaveValue('early-vs');
  await name.press('End');
  await name.pressSequentially('-2');
  await expect(name).toHaveValue('early-vs-2');
  await expect(page.getByRole('textbox', { name: 'Pool Name' })).toHaveValue('early-vs-2-pool');
});

test('a picker whose list cannot be loaded says so, keeps what is typed, and the next open loads it', async ({ page }) => {
  const listChunk = /\/assets\/SearchSelectList-[^/?]*\.js(?:\?.*)?$/;
  await page.route(listChunk, (route) => route.abort('connectionfailed'));
  await signIn(page, 'admin', { path: '/applications/virtual-services/create' });
  await expectStep(page, 'Settings', PAGE_LOAD_TIMEOUT);
  const profile = page.getByRole('combobox', { name: 'Application Profile' });
  await expect(profile).toHaveValue('System-HTTP');
  await profile.click();
  await profile.fill('L4-Proxy');
  const problem = page.getByRole('alert').filter({ hasText: 'The list of choices could not be loaded' });
  await expect(problem).toBeVisible();
  await expect(profile).toHaveValue('L4-Proxy');
  await expect(profile).toHaveAttribute('aria-expanded', 'true');
  await profile.press('Escape');
  await expect(problem).toHaveCount(0);
  await expect(profile).toHaveValue('System-HTTP');

  await page.unroute(listChunk);
  await profile.click();
  await profile.fill('L4-Proxy');
  await expect(page.getByRole('listbox', { name: 'Search application profiles' }).getByRole('option')).toHaveCount(1);
  await page.getByRole('option', { name: /^L4-Proxy-Protocol-v2/ }).click();
  await expect(profile).toHaveValue('L4-Proxy-Protocol-v2');
});

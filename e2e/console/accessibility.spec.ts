import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { openList, routes, rowAction } from '../support/pages';
import { signIn } from '../support/session';

interface Visit {
  name: string;
  open(page: Page): Promise<void>;
}

const listPage = (name: string, path: string, heading: string): Visit => ({ name, open: (page) => openList(page, path, heading) });
const linkFrom = (name: string, path: string, heading: string, link: string, ready: (page: Page) => Promise<void>): Visit => ({
  name,
  open: async (page) => {
    await openList(page, path, heading);
    await page.getByRole('link', { name: link, exact: true }).click();
    await ready(page);
  },
});

const visits: Visit[] = [
  listPage('virtual-services', routes.virtualServices, 'Virtual Services'),
  linkFrom('virtual-service-detail', routes.virtualServices, 'Virtual Services', 'app-vs', (page) =>
    expect(page.getByText('Servers learn the client IP through Preserve Client IP.')).toBeVisible(),
  ),
  listPage('vs-vips', routes.vsVips, 'VS VIPs'),
  listPage('pools', routes.pools, 'Pools'),
  {
    name: 'pool-editor',
    open: async (page) => {
      await openList(page, routes.pools, 'Pools');
      await rowAction(page, 'web-pool', 'Edit');
      await expect(page.getByRole('dialog', { name: 'Edit pool web-pool' })).toBeVisible();
    },
  },
  listPage('application-profiles', routes.applicationProfiles, 'Application Profiles'),
  {
    name: 'application-profile-editor',
    open: async (page) => {
      await openList(page, routes.applicationProfiles, 'Application Profiles');
      await rowAction(page, 'HTTP-Preserve-Client-IP', 'Edit');
      await expect(page.getByRole('dialog', { name: 'Edit Application Profile: HTTP-Preserve-Client-IP' }).getByRole('checkbox', { name: 'Preserve Client IP' })).toBeVisible();
    },
  },
  listPage('tcp-udp-profiles', routes.networkProfiles, 'TCP/UDP Profiles'),
  listPage('se-groups', routes.seGroups, 'Service Engine Groups'),
  linkFrom('se-group-editor', routes.seGroups, 'Service Engine Groups', 'Elastic-Group', (page) =>
    expect(page.getByRole('switch', { name: 'IP Routing' })).toHaveAccessibleDescription(/prerequisite/),
  ),
  listPage('vrf-contexts', routes.vrfContexts, 'VRF Contexts'),
  linkFrom('vrf-context', routes.vrfContexts, 'VRF Contexts', 'global', (page) => expect(page.getByRole('heading', { name: 'Default gateway' })).toBeVisible()),
  listPage('networks', routes.networks, 'Networks'),
];

// Tall enough that the screenshots taken for review show whole pages.
test.use({ viewport: { width: 1440, height: 1100 } });

/** Screenshots for a human to look at: `E2E_SCREENSHOTS=1` saves one per page and theme in the test's output folder. */
const screenshots = Boolean(process.env.E2E_SCREENSHOTS);

/** A few pages per test: short tests spread over the workers, one sign-in serves several pages. */
const PAGES_PER_TEST = 4;
const groups = Array.from({ length: Math.ceil(visits.length / PAGES_PER_TEST) }, (_, i) => visits.slice(i * PAGES_PER_TEST, (i + 1) * PAGES_PER_TEST));

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript((t) => localStorage.setItem('console.theme', t), theme);
    });

    test('the sign-in page passes axe', async ({ page }, testInfo) => {
      await page.goto('/sign-in');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
      await expectNoSeriousA11yViolations(page, `sign-in (${theme})`);
      if (screenshots) await page.screenshot({ path: testInfo.outputPath(`sign-in-${theme}.png`) });
    });

    for (const group of groups) {
      test(`${group.map((v) => v.name).join(', ')} pass axe`, async ({ page }, testInfo) => {
        // axe takes seconds per page; several pages share one sign-in.
        test.slow();
        await signIn(page);
        await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeChecked({ checked: theme === 'dark' });
        for (const visit of group) {
          await visit.open(page);
          await expectNoSeriousA11yViolations(page, `${visit.name} (${theme})`);
          if (screenshots) await page.screenshot({ path: testInfo.outputPath(`${visit.name}-${theme}.png`) });
        }
      });
    }
  });
}

import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

/**
 * How the end-to-end tests and the benchmark launch Chromium: the system's Chromium where there is one (a
 * downloaded browser cannot run on the CI machines), Playwright's own elsewhere.
 *
 * Chromium's new headless mode opens a whole browser window for each context, and each window loads the
 * address bar's suggestion popups as web pages (`WebUIOmniboxPopup`, `WebUIOmniboxAimPopup`): about 400
 * requests and 1.5 s of CPU, measured on a 2-core machine, in the first second of every test and every
 * benchmark run, competing with the page under test. A desktop browser does this once when it starts, so
 * they are turned off.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  ],
};

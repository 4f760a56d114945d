import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

/**
 * End-to-end tests drive the real built app in Chromium. The `demo` project runs against the static demo
 * build (mock controller in a service worker). Ports come from the environment so several runs can
 * share a machine.
 */
const demoPort = Number(process.env.E2E_DEMO_PORT ?? 4173);

/**
 * Real-controller mode: the production build served by `npm run serve` (static files + controller proxy)
 * in front of the standalone mock controller, as an admin would run it against a real controller.
 */
const mockControllerPort = Number(process.env.E2E_MOCK_CONTROLLER_PORT ?? 4181);
const realPort = Number(process.env.E2E_REAL_PORT ?? 4182);
const realBuild = `.e2e-builds/real-${realPort}`;

/** Start a project's own servers only when it may run (not for `--project demo` or a file list outside its folder). */
function projectRequested(argv: string[], project: string): boolean {
  const projects = argv.flatMap((arg, i) => (arg === '--project' ? [argv[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice(10)] : []));
  if (projects.length > 0) return projects.some((p) => p.includes(project));
  const files = argv.slice(2).filter((arg) => !arg.startsWith('-') && (arg.includes('/') || arg.endsWith('.ts') || arg.startsWith('e2e')));
  return files.length === 0 || files.some((f) => f.includes(project));
}
const withRealController = projectRequested(process.argv, 'real-controller');

/** The static demo built for a sub-path (`vite build --base`), as on a shared static host. */
const subPathPort = Number(process.env.E2E_SUB_PATH_PORT ?? 4183);
const subPath = '/console/';
const withSubPath = projectRequested(process.argv, 'sub-path');

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    // Recording a trace doubles a test's time on a 2-core CI machine: off in CI (failures keep a screenshot), on locally; E2E_TRACE overrides.
    trace: (process.env.E2E_TRACE ?? (process.env.CI ? 'off' : 'retain-on-failure')) as 'off' | 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'demo',
      testIgnore: ['real-controller/**', 'sub-path/**'],
      use: { baseURL: `http://127.0.0.1:${demoPort}` },
    },
    {
      name: 'sub-path',
      testDir: './e2e/sub-path',
      use: { baseURL: `http://127.0.0.1:${subPathPort}${subPath}` },
    },
    {
      name: 'real-controller',
      testDir: './e2e/real-controller',
      // One mock controller serves every test of this project: they run one after the other.
      fullyParallel: false,
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${realPort}` },
      metadata: { mockControllerUrl: `http://127.0.0.1:${mockControllerPort}`, staticDir: realBuild },
    },
  ],
  webServer: [
    {
      command: `vite build --mode demo --outDir .e2e-builds/demo-${demoPort} && vite preview --mode demo --outDir .e2e-builds/demo-${demoPort} --host 127.0.0.1 --port ${demoPort} --strictPort`,
      url: `http://127.0.0.1:${demoPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(withSubPath
      ? [
          {
            command: `vite build --mode demo --base ${subPath} --outDir .e2e-builds/sub-path-${subPathPort} && vite preview --mode demo --base ${subPath} --outDir .e2e-builds/sub-path-${subPathPort} --host 127.0.0.1 --port ${subPathPort} --strictPort`,
            url: `http://127.0.0.1:${subPathPort}${subPath}`,
            reuseExistingServer: !process.env.CI,
            timeout: 240_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(withRealController
      ? [
          {
            command: `npm run mock-controller -- --port ${mockControllerPort}`,
            url: `http://127.0.0.1:${mockControllerPort}/__mock__`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
          {
            command: `vite build --outDir ${realBuild} && CONTROLLER_URL=http://127.0.0.1:${mockControllerPort} PORT=${realPort} STATIC_DIR=${realBuild} npm run serve`,
            url: `http://127.0.0.1:${realPort}`,
            reuseExistingServer: !process.env.CI,
            timeout: 240_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});

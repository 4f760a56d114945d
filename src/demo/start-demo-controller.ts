/**
 * Demo mode only: starts the mock controller in the browser before the console renders. This module and
 * everything it loads are excluded from the production build (`__DEMO_MODE__` is false there).
 */
export async function startDemoController(): Promise<void> {
  const { startBrowserController } = await import('@mocks/browser/start');
  await startBrowserController();
}

export async function resetDemoData(): Promise<void> {
  const { resetBrowserController } = await import('@mocks/browser/start');
  await resetBrowserController();
}

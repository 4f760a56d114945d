/**
 * Demo mode only: loads and starts the mock controller in the browser. `src/main.tsx` calls it after the
 * console's first paint; the API client holds its requests until it has started. This module and everything
 * it loads are excluded from the production build (`__DEMO_MODE__` is false there).
 *
 * The mock controller (MSW, the store, the seed) is a bundle of its own (`?worker&url` bundles it apart from
 * the console's chunks; vite.config.ts builds it as an ES module): it shares no chunk with the console, so the
 * console's chunks are the production build's, and it is fetched only here.
 */
import type { DemoControllerBundle } from '@mocks/browser/demo-bundle';
import { mockWorkerOptions, registerMockWorker } from '@mocks/browser/service-worker-registration';
import bundleUrl from '@mocks/browser/demo-bundle?worker&url';

let loading: Promise<DemoControllerBundle> | undefined;

function loadBundle(): Promise<DemoControllerBundle> {
  loading ??= import(/* @vite-ignore */ bundleUrl).then(() => {
    const bundle = window.__aviDemoControllerBundle;
    if (!bundle) throw new Error(`The demo controller bundle (${bundleUrl}) did not register itself.`);
    return bundle;
  });
  return loading;
}

/**
 * Starts the mock controller (once); resolves when its service worker intercepts the console's requests. MSW's
 * worker (a relay of a few KB, not the controller) registers while the controller's bundle loads.
 */
export async function startDemoController(): Promise<void> {
  const worker = registerMockWorker(mockWorkerOptions(import.meta.env.BASE_URL || '/'));
  // Awaited by the bundle's start; a bundle that fails to load leaves it to settle unobserved.
  worker.catch(() => undefined);
  await (await loadBundle()).start(worker);
}

/** Restores the default seed data (sessions are kept, injected faults are cleared). */
export async function resetDemoData(): Promise<void> {
  await (await loadBundle()).reset();
}

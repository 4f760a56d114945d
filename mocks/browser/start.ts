/**
 * The mock controller in the browser (demo mode): MSW's service worker hands the console's requests to the
 * controller (`service-worker-bridge.ts`), through the adapter the MSW handlers wrap under msw/node. State
 * lives in this tab's memory, is saved to localStorage after every change and restored on start, and is
 * reloaded when another tab changes it (storage events): a reload keeps the data and the login, and a second
 * tab sees the first one's edits. Cookies go through `document.cookie` (see `documentCookies`).
 */
import { controllerAnswer } from '../controller/adapter';
import type { MockController } from '../controller/controller';
import { applyStorageChange, createPersistentController, documentCookies } from './persistence';
import { startServiceWorkerBridge } from './service-worker-bridge';
import { mockWorkerOptions, registerMockWorker } from './service-worker-registration';

let starting: Promise<MockController> | undefined;

async function start(worker?: Promise<ServiceWorker>): Promise<MockController> {
  const base = import.meta.env.BASE_URL || '/';
  // Registered by the caller while this bundle loaded, or now; awaited by the bridge once the store is built.
  const registering = worker ?? registerMockWorker(mockWorkerOptions(base));
  registering.catch(() => undefined);
  let warned = false;
  const controller = await createPersistentController(localStorage, { basePath: base.replace(/\/+$/, '') }, (error) => {
    if (warned) return;
    warned = true;
    console.warn('Mock controller: its state could not be saved (too large for localStorage); it lives in this tab only.', error);
  });
  window.addEventListener('storage', (event) => {
    if (event.storageArea === localStorage) applyStorageChange(controller, event.key, event.newValue);
  });
  const cookies = documentCookies(document);
  const extras = { onSetCookie: cookies.write };
  const answer = controllerAnswer(controller, { extras: () => ({ ...extras, cookies: cookies.read() }) });
  await startServiceWorkerBridge(answer, registering);
  return controller;
}

/**
 * Starts the mock controller (once); resolves when the service worker intercepts requests. `worker` is MSW's
 * worker, registering, if the caller began that (see `registerMockWorker`).
 */
export async function startBrowserController(worker?: Promise<ServiceWorker>): Promise<void> {
  starting ??= start(worker);
  await starting;
}

/** Restores the default seed data (sessions are kept, injected faults are cleared). */
export async function resetBrowserController(): Promise<void> {
  starting ??= start();
  const controller = await starting;
  await controller.reset('default');
  controller.faults.clear();
}

/**
 * The mock controller in the browser (demo mode): MSW's service worker hands the console's requests to
 * the same handlers the Node server and the tests use. State lives in this tab's memory, is saved to
 * localStorage after every change and restored on start, and is reloaded when another tab changes it
 * (storage events): a reload keeps the data and the login, and a second tab sees the first one's edits.
 * Cookies go through `document.cookie` (see `documentCookies`).
 */
import { setupWorker } from 'msw/browser';
import type { MockController } from '../controller/controller';
import { createHandlers } from '../controller/handlers';
import { applyStorageChange, createPersistentController, documentCookies } from './persistence';

let starting: Promise<MockController> | undefined;

async function start(): Promise<MockController> {
  const base = import.meta.env.BASE_URL || '/';
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
  const worker = setupWorker(...createHandlers(controller, { extras: () => ({ ...extras, cookies: cookies.read() }) }));
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return controller;
}

/** Starts the mock controller (once); resolves when the service worker intercepts requests. */
export async function startBrowserController(): Promise<void> {
  starting ??= start();
  await starting;
}

/** Restores the default seed data (sessions are kept, injected faults are cleared). */
export async function resetBrowserController(): Promise<void> {
  starting ??= start();
  const controller = await starting;
  await controller.reset('default');
  controller.faults.clear();
}

/**
 * Entry of the browser demo's mock controller bundle. The demo build bundles it on its own (Vite's
 * `?worker&url`, see `src/demo/start-demo-controller.ts`): none of its modules are shared with the console's
 * chunks, so the console's chunking is the production build's, and the mock (MSW, store, seed) loads only
 * when the console asks for it, after first paint. Such a bundle keeps no exports: it hands its API over on
 * `window` instead.
 */
import { resetBrowserController, startBrowserController } from './start';

export interface DemoControllerBundle {
  /**
   * Starts the mock controller (once); resolves when the service worker intercepts requests. `worker`: MSW's
   * worker, registering since the caller began it while this bundle loaded (`registerMockWorker`).
   */
  start(worker?: Promise<ServiceWorker>): Promise<void>;
  /** Restores the default seed data (sessions are kept, injected faults are cleared). */
  reset(): Promise<void>;
}

declare global {
  interface Window {
    /** Set by the demo's mock controller bundle once it has loaded. */
    __aviDemoControllerBundle?: DemoControllerBundle;
  }
}

window.__aviDemoControllerBundle = { start: startBrowserController, reset: resetBrowserController };

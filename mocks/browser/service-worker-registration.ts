/**
 * Registers MSW's service worker (`public/mockServiceWorker.js`) for the demo, apart from the mock controller
 * it serves: the console's demo starter begins this right after the first paint, while the controller's
 * bundle is still loading, and hands the result to the bridge (`service-worker-bridge.ts`). Until the bridge
 * activates the page, the worker lets every request through.
 */

export interface MockWorkerOptions {
  /** URL of the worker script, e.g. `/mockServiceWorker.js`. */
  url: string;
  /** Registration scope, e.g. `/`. */
  scope: string;
}

/** Where the demo's worker lives under the console's base path. */
export function mockWorkerOptions(base: string): MockWorkerOptions {
  return { url: `${base}mockServiceWorker.js`, scope: base };
}

/** Waits until `worker` is activated. */
function activated(worker: ServiceWorker): Promise<void> {
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onChange = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('The mock service worker was replaced before it activated.'));
      else return;
      worker.removeEventListener('statechange', onChange);
    };
    worker.addEventListener('statechange', onChange);
  });
}

/** Waits until this page is controlled by a service worker (the mock's claims the page when it activates). */
function controlled(container: ServiceWorkerContainer): Promise<void> {
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/**
 * Registers the worker (or finds it registered) and resolves with it once it is active and controls this page.
 * A page that a hard reload left uncontrolled is loaded again, normally: only that puts it under the worker.
 */
export async function registerMockWorker(options: MockWorkerOptions): Promise<ServiceWorker> {
  if (!('serviceWorker' in navigator)) throw new Error('This browser has no service workers: the demo controller cannot run here.');
  const container = navigator.serviceWorker;
  const scriptUrl = new URL(options.url, location.href).href;
  const ours = (registration: ServiceWorkerRegistration) =>
    [registration.active, registration.waiting, registration.installing].some((worker) => worker?.scriptURL === scriptUrl);

  const existing = (await container.getRegistrations()).find(ours);
  if (existing && !container.controller) {
    location.reload();
    return new Promise<never>(() => undefined);
  }
  const registration = existing ?? (await container.register(options.url, { scope: options.scope }));
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) throw new Error(`The mock service worker (${options.url}) did not install.`);
  await activated(worker);
  await controlled(container);
  return registration.active ?? worker;
}

/**
 * Demo mode only. `src/main.tsx` imports this module before the console's own modules, because those may
 * send requests as soon as they load (the stored session's check, the first page's data): the API client
 * holds its requests until the in-browser mock controller has started. The controller loads after the
 * console's first paint, so the page shows at once and the mock costs nothing before it.
 *
 * In the production build `__DEMO_MODE__` is false and nothing of this module is left.
 */
import { apiClient } from '@/api/client';

declare global {
  interface Window {
    /** Demo mode only: resolves once the in-browser mock controller answers requests (end-to-end tests wait for it). */
    __aviDemoControllerReady?: Promise<void>;
  }
}

/** Resolves after the page's first contentful paint (or after a second, for a page that does not paint, e.g. a background tab). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the timer starts the controller.
    }
  });
}

if (__DEMO_MODE__) {
  // The starter is a few hundred bytes and is fetched at once, before the page's own chunks fill the
  // browser's connections; the mock controller it loads waits for the first paint.
  const starter = import('./start-demo-controller');
  const ready = Promise.all([starter, afterFirstPaint()]).then(([{ startDemoController }]) => startDemoController());
  ready.catch((error: unknown) => console.error('The demo controller did not start.', error));
  apiClient.holdRequestsUntil(ready);
  window.__aviDemoControllerReady = ready;
}

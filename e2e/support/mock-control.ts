import type { APIRequestContext, Page } from '@playwright/test';

export interface Fault {
  method?: string;
  /** Regular expression matched against the request path. */
  path: string;
  status: number;
  body?: unknown;
  times?: number;
  delayMs?: number;
}

type Send = (method: string, path: string, body?: unknown) => Promise<unknown>;

function controls(send: Send) {
  return {
    reset: (seed: 'default' | 'large' = 'default') => send('POST', '/__mock__/reset', { seed }),
    expireSessions: () => send('POST', '/__mock__/sessions/expire'),
    injectFault: (fault: Fault) => send('POST', '/__mock__/faults', fault),
    clearFaults: () => send('DELETE', '/__mock__/faults'),
  };
}

/**
 * The mock controller's control API (`/__mock__/`), in demo mode: the mock runs in the page's service
 * worker, so the calls are made from inside the page.
 */
export function mockControl(page: Page) {
  return controls((method, path, body) =>
    page.evaluate(
      async ({ method, path, body }) => {
        // The demo renders at once and starts its mock controller (the service worker) after the first paint.
        const deadline = Date.now() + 10_000;
        while (!window.__aviDemoControllerReady) {
          if (Date.now() > deadline) throw new Error('This page is not the demo: it has no mock controller');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await window.__aviDemoControllerReady;
        const response = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
        return response.status === 204 ? undefined : response.json();
      },
      { method, path, body },
    ),
  );
}

/** The control API of a standalone mock controller (`npm run mock-controller`), e.g. behind the real-controller proxy. */
export function mockServerControl(request: APIRequestContext, baseUrl: string) {
  return controls(async (method, path, body) => {
    const response = await request.fetch(`${baseUrl}${path}`, { method, ...(body === undefined ? {} : { data: body }) });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  });
}

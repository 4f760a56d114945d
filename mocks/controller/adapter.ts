import type { HandleExtras, MockController } from './controller';

export interface AdapterOptions {
  /** Only answer requests to this origin (e.g. `http://controller.test` in Node tests). Default: any origin. */
  origin?: string;
  /** Per-request extras (the browser demo passes `document.cookie` and a cookie writer). */
  extras?: () => HandleExtras;
}

/** Whether the controller answers this URL: `/login`, `/logout`, `/api/...`, `/__mock__/...` (on `origin`, when given). */
export function claimsRequest(controller: MockController, options: AdapterOptions, url: string): boolean {
  if (options.origin !== undefined) {
    try {
      if (new URL(url).origin !== options.origin) return false;
    } catch {
      return false;
    }
  }
  return controller.matches(url);
}

/**
 * The one adapter every runtime puts in front of `MockController.handle` (a Fetch `Request` in, a `Response`
 * out): undefined for requests the controller does not claim. The MSW handlers (`handlers.ts`, msw/node in
 * Vitest) wrap it in `http.all`; the browser demo's service-worker bridge and the standalone HTTP server call
 * it directly.
 */
export function controllerAnswer(controller: MockController, options: AdapterOptions = {}): (request: Request) => Promise<Response | undefined> {
  return async (request) => (claimsRequest(controller, options, request.url) ? controller.handle(request, options.extras?.() ?? {}) : undefined);
}

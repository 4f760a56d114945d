import { http, type HttpHandler } from 'msw';
import type { HandleExtras, MockController } from './controller';

export interface HandlerOptions {
  /** Only answer requests to this origin (e.g. `http://controller.test` in Node tests). Default: any origin. */
  origin?: string;
  /** Per-request extras (the browser demo passes `document.cookie` and a cookie writer). */
  extras?: () => HandleExtras;
}

/**
 * The MSW request handlers of the mock controller: one handler that claims `/login`, `/logout`, `/api/...`
 * and `/__mock__/...` and lets the controller answer. The same handlers run in the browser (service
 * worker), in Node (msw/node) and behind the standalone HTTP server (`getResponse`).
 */
export function createHandlers(controller: MockController, options: HandlerOptions = {}): HttpHandler[] {
  const claims = ({ request }: { request: Request }): boolean => {
    if (options.origin !== undefined) {
      try {
        if (new URL(request.url).origin !== options.origin) return false;
      } catch {
        return false;
      }
    }
    return controller.matches(request.url);
  };
  return [http.all(claims, ({ request }) => controller.handle(request, options.extras?.() ?? {}))];
}

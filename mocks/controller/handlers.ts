import { http, type HttpHandler } from 'msw';
import { claimsRequest, type AdapterOptions } from './adapter';
import type { MockController } from './controller';

export type HandlerOptions = AdapterOptions;

/**
 * The MSW request handlers of the mock controller (msw/node, in Vitest): one handler that claims `/login`,
 * `/logout`, `/api/...` and `/__mock__/...` and lets the controller answer. A thin adapter over
 * `MockController.handle`, the same one the browser demo and the standalone server use (`adapter.ts`).
 */
export function createHandlers(controller: MockController, options: HandlerOptions = {}): HttpHandler[] {
  return [
    http.all(
      ({ request }) => claimsRequest(controller, options, request.url),
      ({ request }) => controller.handle(request, options.extras?.() ?? {}),
    ),
  ];
}

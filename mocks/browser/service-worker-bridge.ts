/**
 * The page side of MSW's service worker (`public/mockServiceWorker.js`, kept current by `msw init` through
 * package.json's `msw.workerDirectory`), used by the browser demo in place of `msw/browser`'s `setupWorker`.
 *
 * The worker forwards each request of the page here (`REQUEST`); the controller's adapter answers it
 * (`controllerAnswer`, the same adapter the MSW handlers wrap under msw/node) and the answer goes back
 * (`MOCK_RESPONSE`), or `PASSTHROUGH` for what the controller does not claim (the console's own files).
 * That is the part of msw/browser the demo uses; the rest (an in-page fallback for browsers without service
 * workers built on fetch/XHR interceptors, WebSocket mocking, request-handler matching, cookie stores with
 * a public-suffix list, logging, life-cycle events) made up three quarters of the demo's mock download.
 * `service-worker-bridge.test.ts` checks that the worker script still speaks this protocol.
 */

/** A request as the worker serialises it (`serializeRequest` in mockServiceWorker.js). */
interface SerializedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  body: ArrayBuffer | null;
}

interface WorkerMessage {
  type: string;
  payload?: unknown;
}

/** Statuses whose responses have no body (a `Response` refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function isWorkerMessage(data: unknown): data is WorkerMessage {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';
}

/** Answers a request, or undefined to let it through to the network. */
export type Answer = (request: Request) => Promise<Response | undefined>;

async function reply(answer: Answer, serialized: SerializedRequest): Promise<WorkerMessage & { data?: unknown }> {
  const method = serialized.method.toUpperCase();
  const request = new Request(serialized.url, {
    method,
    headers: serialized.headers,
    credentials: serialized.credentials,
    body: method === 'GET' || method === 'HEAD' ? null : serialized.body,
  });
  const response = await answer(request);
  if (!response) return { type: 'PASSTHROUGH' };
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
  return {
    type: 'MOCK_RESPONSE',
    data: { status: response.status, statusText: response.statusText, headers: Object.fromEntries(response.headers), body },
  };
}

/**
 * Lets `answer` answer the page's requests through `worker` (see `registerMockWorker`), and resolves once the
 * worker hands them over: from then on every request of the page reaches `answer` first.
 */
export async function startServiceWorkerBridge(answer: Answer, worker: Promise<ServiceWorker>): Promise<void> {
  const container = navigator.serviceWorker;
  let enabled: (() => void) | undefined;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isWorkerMessage(event.data)) return;
    const { type, payload } = event.data;
    if (type === 'REQUEST') {
      const port = event.ports[0];
      if (!port) return;
      reply(answer, payload as SerializedRequest).then(
        (message) => {
          const body = (message.data as { body?: ArrayBuffer | null } | undefined)?.body;
          port.postMessage(message, body ? [body] : []);
        },
        (error: unknown) => {
          console.error('Mock controller: a request failed in the demo bridge.', error);
          const message = error instanceof Error ? error.message : String(error);
          const body = JSON.stringify({ error: `Internal error in the demo controller: ${message}` });
          port.postMessage({ type: 'MOCK_RESPONSE', data: { status: 500, statusText: 'Internal Server Error', headers: { 'Content-Type': 'application/json' }, body } });
        },
      );
    } else if (type === 'RESPONSE') {
      // The worker reports every response for MSW's life-cycle events (unused here): release its body copy.
      void (payload as { response?: { body?: ReadableStream | null } } | undefined)?.response?.body?.cancel().catch(() => undefined);
    } else if (type === 'MOCKING_ENABLED') {
      enabled?.();
    }
  });

  const active = await worker;
  await new Promise<void>((resolve) => {
    enabled = resolve;
    active.postMessage('MOCK_ACTIVATE');
  });
  // As msw/browser does: keep the worker alive, and tell it when the page goes (the last page unregisters it).
  setInterval(() => active.postMessage('KEEPALIVE_REQUEST'), 5000);
  addEventListener('beforeunload', () => {
    if (active.state !== 'redundant') active.postMessage('CLIENT_CLOSED');
  });
}

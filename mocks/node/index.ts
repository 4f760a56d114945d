/**
 * The mock controller for Vitest (msw/node). Typical use:
 *
 *   const mock = await setupMockController();          // fresh controller + setupServer, listening
 *   await mock.login();                                // admin / avi123 (or mock.login('viewer'))
 *   const res = await mock.fetch(`${mock.baseUrl}/api/virtualservice`, { headers: { 'X-Avi-Version': '17.2.15' } });
 *   // or: new ApiClient({ baseUrl: mock.baseUrl, fetchImpl: mock.fetch, readCookie: mock.cookie })
 *   afterAll(() => mock.close());
 */
import type { HttpHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { MockController, type MockControllerOptions } from '../controller/controller';
import { createHandlers } from '../controller/handlers';
import { mockUsers } from '../controller/users';
import type { SeedName } from '../seeds';
import { CookieJar } from '../shared/cookie-jar';

export { MockController } from '../controller/controller';
export { createHandlers } from '../controller/handlers';
export { CookieJar } from '../shared/cookie-jar';
export { mockUsers, demoCredentials } from '../controller/users';
export { startMockControllerServer } from '../server/server';

export const DEFAULT_TEST_BASE_URL = 'http://avi-controller.test';

export interface NodeMockControllerOptions extends MockControllerOptions {
  /** The origin the handlers answer (default `http://avi-controller.test`); other requests are not touched. */
  baseUrl?: string;
  onUnhandledRequest?: 'bypass' | 'warn' | 'error';
}

export interface NodeMockController {
  controller: MockController;
  server: SetupServer;
  handlers: HttpHandler[];
  baseUrl: string;
  /** Cookies of the current login. */
  jar: CookieJar;
  /** `fetch` with the jar's cookies and, on writes, `X-CSRFToken`. */
  fetch: typeof fetch;
  /** Reads a cookie of the jar (for `ApiClient`'s `readCookie`). */
  cookie: (name: string) => string | undefined;
  /** Logs in (default: the admin user) and keeps the session cookies in the jar. */
  login: (username?: string, password?: string) => Promise<Response>;
  reset: (seed?: SeedName) => Promise<void>;
  close: () => void;
}

/** A fresh controller and its MSW handlers, for adding to a `setupServer` of your own. */
export async function createMockController(options: NodeMockControllerOptions = {}): Promise<{ controller: MockController; handlers: HttpHandler[] }> {
  const controller = await MockController.create(options);
  return { controller, handlers: createHandlers(controller, { origin: options.baseUrl ?? DEFAULT_TEST_BASE_URL }) };
}

/** A fresh controller behind `setupServer`, already listening. Call `close()` when done. */
export async function setupMockController(options: NodeMockControllerOptions = {}): Promise<NodeMockController> {
  const baseUrl = (options.baseUrl ?? DEFAULT_TEST_BASE_URL).replace(/\/+$/, '');
  const { controller, handlers } = await createMockController({ ...options, baseUrl });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: options.onUnhandledRequest ?? 'bypass' });
  const jar = new CookieJar();
  const fetchWithJar = jar.fetch((input, init) => globalThis.fetch(input, init), { csrf: true });
  return {
    controller,
    server,
    handlers,
    baseUrl,
    jar,
    fetch: fetchWithJar,
    cookie: (name) => jar.get(name),
    login: (username = 'admin', password) => {
      const user = mockUsers.find((u) => u.username === username);
      return fetchWithJar(`${baseUrl}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: password ?? user?.password ?? '' }),
      });
    },
    reset: (seed = 'default') => controller.reset(seed),
    close: () => server.close(),
  };
}

import type { Page } from '@playwright/test';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/**
 * Calls the controller's REST API from inside the page, with the page's session: the same cookies,
 * CSRF token, `X-Avi-Version` and tenant the console uses. Works in demo mode (service worker) and
 * through the real-controller proxy alike. Use it to arrange data a test needs but does not test.
 */
export function controllerApi(page: Page, tenant = 'admin') {
  const call = <T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> =>
    page.evaluate(
      async ({ method, path, body, tenant }) => {
        // In the demo, requests reach the controller once its service worker has started.
        await window.__aviDemoControllerReady;
        const csrf = document.cookie
          .split('; ')
          .find((c) => c.startsWith('csrftoken='))
          ?.slice('csrftoken='.length);
        const stored = sessionStorage.getItem('console.session.v1') ?? localStorage.getItem('console.session.v1');
        const version = stored ? (JSON.parse(stored) as { controllerVersion?: string }).controllerVersion : undefined;
        const response = await fetch(path, {
          method,
          headers: {
            Accept: 'application/json',
            'X-Avi-Version': version ?? '17.2.15',
            'X-Avi-Tenant': tenant,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...(csrf && method !== 'GET' ? { 'X-CSRFToken': decodeURIComponent(csrf) } : {}),
          },
          body: body === undefined ? null : JSON.stringify(body),
        });
        const text = await response.text();
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // Not JSON: keep the text.
        }
        return { status: response.status, body: parsed };
      },
      { method, path, body, tenant },
    ) as Promise<ApiAnswer<T>>;

  return {
    get: <T = unknown>(path: string) => call<T>('GET', path),
    post: <T = unknown>(path: string, body: unknown) => call<T>('POST', path, body),
    put: <T = unknown>(path: string, body: unknown) => call<T>('PUT', path, body),
    patch: <T = unknown>(path: string, body: unknown) => call<T>('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
    /** The first object of a type with this exact name. */
    async findByName<T = Record<string, unknown>>(type: string, name: string): Promise<T> {
      const answer = await call<{ results: T[] }>('GET', `/api/${type}?name=${encodeURIComponent(name)}`);
      const found = answer.body.results?.[0];
      if (!found) throw new Error(`No ${type} named ${name} in tenant ${tenant} (status ${answer.status})`);
      return found;
    },
  };
}

import type { Page } from '@playwright/test';
import { controllerApi } from '../../support/controller-api';

export interface RuleAnswer {
  status: number;
  error: string | undefined;
  /** The mock's `X-Mock-Rule-Ids` header: which SPEC §3 rules refused the request. */
  ruleIds: string[];
}

/**
 * A write sent straight to the controller from the page (same session, CSRF token and API version as the
 * console), to show the controller refuses what the wizard does not let the admin build.
 */
export async function sendDirectly(page: Page, method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<RuleAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      // In the demo, requests reach the controller once its service worker has started.
      await window.__aviDemoControllerReady;
      const csrf = document.cookie
        .split('; ')
        .find((c) => c.startsWith('csrftoken='))
        ?.slice('csrftoken='.length);
      const response = await fetch(path, {
        method,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'X-Avi-Version': '17.2.15',
          'X-Avi-Tenant': 'admin',
          ...(csrf ? { 'X-CSRFToken': decodeURIComponent(csrf) } : {}),
        },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      let error: string | undefined;
      try {
        error = (JSON.parse(text) as { error?: string }).error;
      } catch {
        error = text;
      }
      return { status: response.status, error, ruleIds: (response.headers.get('X-Mock-Rule-Ids') ?? '').split(',').filter(Boolean) };
    },
    { method, path, body },
  );
}

/** Refs by name for request bodies. */
export const byName = (type: string, name: string) => `/api/${type}?name=${encodeURIComponent(name)}`;

export { controllerApi };

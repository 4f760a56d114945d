import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The browser demo talks to MSW's service worker itself (`mocks/browser/service-worker-bridge.ts`) instead of
 * through msw/browser. This guards the protocol it relies on when msw (and with it the worker script, which
 * `msw init` keeps current in public/) changes. The end-to-end tests run the bridge in Chromium.
 */
describe('the worker script the demo bridge talks to', () => {
  const worker = readFileSync(new URL('../../public/mockServiceWorker.js', import.meta.url), 'utf8');
  const msw = JSON.parse(readFileSync(new URL('../../node_modules/msw/package.json', import.meta.url), 'utf8')) as { version: string };

  it('is the one of the installed msw', () => {
    expect(worker).toContain(`const PACKAGE_VERSION = '${msw.version}'`);
  });

  it('still speaks the messages the bridge sends and answers', () => {
    // Page → worker.
    for (const message of ['MOCK_ACTIVATE', 'KEEPALIVE_REQUEST', 'CLIENT_CLOSED']) expect(worker).toContain(`case '${message}':`);
    // Worker → page, and the page's replies to a request.
    for (const message of ['MOCKING_ENABLED', 'REQUEST', 'RESPONSE']) expect(worker).toContain(`type: '${message}'`);
    for (const reply of ['MOCK_RESPONSE', 'PASSTHROUGH']) expect(worker).toContain(`case '${reply}':`);
    // The request fields the bridge reads, and how the worker builds the mocked response from the reply.
    for (const field of ['url: request.url', 'method: request.method', 'headers: Object.fromEntries(request.headers.entries())', 'credentials: request.credentials', 'body: await request.arrayBuffer()']) {
      expect(worker).toContain(field);
    }
    expect(worker).toContain('return respondWithMock(clientMessage.data)');
    expect(worker).toContain('new Response(response.body, response)');
  });
});

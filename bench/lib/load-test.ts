import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

interface SessionHeaders {
  cookie: string;
  csrf: string;
}

/** Signs in to the mock controller over HTTP and returns the headers later requests need. */
export async function controllerSession(baseUrl: string): Promise<SessionHeaders> {
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'avi123' }),
  });
  if (!response.ok) throw new Error(`benchmark: login to the mock controller failed (${response.status})`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('csrftoken='))?.slice('csrftoken='.length) ?? '';
  return { cookie: cookies.join('; '), csrf };
}

function run(options: autocannon.Options): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => {
      if (error) return reject(error);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        total: result.requests.total,
      });
    });
  });
}

/** Requests/s and latency of the mock controller for the calls a console makes most. */
export async function loadTestMockController(baseUrl: string, seconds: number, sampleName: string) {
  const session = await controllerSession(baseUrl);
  const headers = { cookie: session.cookie, 'x-csrftoken': session.csrf, 'x-avi-version': '17.2.15', 'content-type': 'application/json' };
  const common = { url: baseUrl, duration: seconds, connections: 10, pipelining: 1, headers } as const;

  const list = await run({ ...common, requests: [{ method: 'GET', path: '/api/virtualservice?page_size=25&page=3' }] });
  const byName = await run({ ...common, requests: [{ method: 'GET', path: `/api/virtualservice?name=${encodeURIComponent(sampleName)}` }] });
  let counter = 0;
  const createDelete = await run({
    ...common,
    requests: [
      {
        method: 'POST',
        path: '/api/pool',
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ name: `bench-pool-${process.pid}-${(counter += 1)}`, servers: [{ ip: { addr: '10.10.10.99', type: 'V4' } }] }),
        }),
        onResponse: (_status, body, context) => {
          const state = context as { uuid?: string | undefined };
          try {
            state.uuid = (JSON.parse(body) as { uuid?: string }).uuid;
          } catch {
            state.uuid = undefined;
          }
        },
      },
      {
        method: 'DELETE',
        setupRequest: (request, context) => {
          const uuid = (context as { uuid?: string }).uuid;
          return uuid ? { ...request, path: `/api/pool/${uuid}` } : (undefined as never);
        },
      },
    ],
  });
  return { list, byName, createDelete };
}

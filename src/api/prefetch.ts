import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Starts a query the page about to show will ask for, under the same key, so the page finds it in flight
 * (or answered) instead of asking only once its code has loaded. Prefetches may run before the stored
 * session is checked, so they carry `meta.prefetch`: a 401 then fails quietly instead of opening the
 * sign-in dialog, and the page asks again once signed in. Resolves with the data, or undefined on failure.
 */
export async function prefetch<T, K extends QueryKey>(client: QueryClient, options: FetchQueryOptions<T, Error, T, K>): Promise<T | undefined> {
  try {
    return await client.fetchQuery({ ...options, meta: { ...options.meta, prefetch: true } });
  } catch {
    return undefined;
  }
}

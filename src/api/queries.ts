import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ObjectType } from '@/domain/model/object-type-names';
import { apiClient } from './client';
import type { ObjectOf } from './object-types';
import type { ListParams } from './types';

/**
 * Query keys and `queryOptions` factories: one per endpoint (`GET /api/<type>` and
 * `GET /api/<type>/<uuid>`), keyed by tenant so tenants never share cached objects.
 */
export const controllerKeys = {
  all: ['controller'] as const,
  tenant: (tenant: string) => ['controller', tenant] as const,
  type: (tenant: string, type: ObjectType) => ['controller', tenant, type] as const,
  list: (tenant: string, type: ObjectType, params: ListParams) => ['controller', tenant, type, 'list', params] as const,
  detail: (tenant: string, type: ObjectType, uuid: string) => ['controller', tenant, type, 'detail', uuid] as const,
};

/** Set on prefetches made before the stored session is checked (see `prefetch.ts`): a 401 then fails quietly. */
interface PrefetchMeta {
  prefetch?: boolean;
}
const skipReauth = (meta: Record<string, unknown> | undefined) => ({ skipReauth: (meta as PrefetchMeta | undefined)?.prefetch === true });

export function listQuery<T extends ObjectType>(tenant: string, type: T, params: ListParams = {}) {
  return queryOptions({
    queryKey: controllerKeys.list(tenant, type, params),
    queryFn: ({ signal, meta }) => apiClient.list<ObjectOf<T>>(type, params, signal, skipReauth(meta)),
  });
}

export function objectQuery<T extends ObjectType>(tenant: string, type: T, uuid: string, params: ListParams = {}) {
  return queryOptions({
    queryKey: [...controllerKeys.detail(tenant, type, uuid), params] as const,
    queryFn: ({ signal }) => apiClient.get<ObjectOf<T>>(type, uuid, params, signal),
  });
}

/** Everything of a small collection (profiles, SE groups, networks...) in one request, names included. */
export function allObjectsQuery<T extends ObjectType>(tenant: string, type: T) {
  return listQuery(tenant, type, { page_size: 200, sort: 'name', include_name: true });
}

/** After a write: refetch whatever shows objects of these types in the current tenant. */
export function invalidateTypes(client: QueryClient, tenant: string, ...types: ObjectType[]): Promise<void> {
  return Promise.all(types.map((type) => client.invalidateQueries({ queryKey: controllerKeys.type(tenant, type) }))).then(
    () => undefined,
  );
}

/** Search-as-you-type on names: case-insensitive substring, done by the controller. */
export function nameSearchParams(search: string): ListParams {
  return search ? { 'name.icontains': search } : {};
}

/** How many objects match, without fetching them: one light request (`page_size=1`, names only). */
export function countQuery<T extends ObjectType>(tenant: string, type: T, params: ListParams) {
  const query = { ...params, page_size: 1, fields: ['name'] };
  return queryOptions({
    queryKey: [...controllerKeys.list(tenant, type, query), 'count'] as const,
    queryFn: ({ signal }) => apiClient.list<ObjectOf<T>>(type, query, signal).then((result) => result.count),
  });
}

/** The given objects in one request (`uuid.in=`), e.g. the VS VIPs of the virtual services on the current page. */
export function objectsByUuidQuery<T extends ObjectType>(tenant: string, type: T, uuids: readonly string[], fields?: string[]) {
  const sorted = [...new Set(uuids)].sort();
  const params: ListParams = { 'uuid.in': sorted.join(','), page_size: Math.max(1, Math.min(200, sorted.length)), include_name: true, ...(fields ? { fields } : {}) };
  return queryOptions({
    queryKey: controllerKeys.list(tenant, type, params),
    queryFn: ({ signal, meta }) =>
      sorted.length === 0 ? Promise.resolve({ count: 0, results: [] as ObjectOf<T>[] }) : apiClient.list<ObjectOf<T>>(type, params, signal, skipReauth(meta)),
  });
}

/** An object exactly as the controller stores it (no `include_name`): the starting point of every edit. */
export function rawObjectQuery<T extends ObjectType>(tenant: string, type: T, uuid: string) {
  return objectQuery(tenant, type, uuid, {});
}

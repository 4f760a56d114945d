import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ObjectType } from '@/domain/model';
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

export function listQuery<T extends ObjectType>(tenant: string, type: T, params: ListParams = {}) {
  return queryOptions({
    queryKey: controllerKeys.list(tenant, type, params),
    queryFn: ({ signal }) => apiClient.list<ObjectOf<T>>(type, params, signal),
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

import type { QueryClient } from '@tanstack/react-query';
import { prefetch } from '@/api/prefetch';
import { allObjectsQuery, listQuery, nameSearchParams, objectsByUuidQuery } from '@/api/queries';
import { readListState, type ListState } from '@/components/list/list-state';
import { refUuid } from '@/domain/model/refs';
import type { VirtualService } from '@/domain/model';

/**
 * The queries of the Virtual Services page, apart from the page so the console can start them while the
 * page's code is still loading (a cold load of `/applications/virtual-services` asks for its rows at once).
 */

export const LIST_DEFAULTS = { sort: 'name' };

/** Only what the table shows: keeps a page of rows light at any collection size. */
const ROW_FIELDS = ['name', 'enabled', 'services', 'vsvip_ref', 'vip', 'application_profile_ref', 'se_group_ref', 'snat_ip', 'use_vip_as_snat'];
const PROFILE_FIELDS = ['type', 'preserve_client_ip', 'http_profile', 'tcp_app_profile'];

export function virtualServicePageQuery(tenant: string, list: Pick<ListState, 'page' | 'perPage' | 'sort' | 'search'>, refersTo: string | undefined) {
  return listQuery(tenant, 'virtualservice', {
    page: list.page,
    page_size: list.perPage,
    sort: list.sort,
    fields: ROW_FIELDS,
    include_name: true,
    ...nameSearchParams(list.search),
    ...(refersTo ? { refers_to: refersTo } : {}),
  });
}

function uuidsOf(refs: readonly (string | undefined)[]): string[] {
  return refs.map((ref) => refUuid(ref)).filter((uuid): uuid is string => uuid !== undefined);
}

/** The VS VIPs of the rows shown: their addresses. */
export function rowVsVipsQuery(tenant: string, rows: readonly VirtualService[]) {
  return objectsByUuidQuery(tenant, 'vsvip', uuidsOf(rows.map((vs) => vs.vsvip_ref)), ['vip']);
}

/** The application profiles of the rows shown (profiles can number in the hundreds): their client-IP settings. */
export function rowProfilesQuery(tenant: string, rows: readonly VirtualService[]) {
  return objectsByUuidQuery(tenant, 'applicationprofile', uuidsOf(rows.map((vs) => vs.application_profile_ref)), PROFILE_FIELDS);
}

/** SE groups are few: all of them, for every page. */
export function seGroupsQuery(tenant: string) {
  return allObjectsQuery(tenant, 'serviceenginegroup');
}

/** Everything the page at this URL shows, asked for at once; the rows' VIPs and profiles as soon as the rows are in. */
export function prefetchVirtualServices(client: QueryClient, tenant: string, search: URLSearchParams): void {
  const list = readListState(search, LIST_DEFAULTS);
  void prefetch(client, seGroupsQuery(tenant));
  void prefetch(client, virtualServicePageQuery(tenant, list, search.get('refers_to') ?? undefined)).then((page) => {
    if (!page) return;
    void prefetch(client, rowVsVipsQuery(tenant, page.results));
    void prefetch(client, rowProfilesQuery(tenant, page.results));
  });
}

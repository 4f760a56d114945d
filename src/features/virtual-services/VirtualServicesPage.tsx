import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from '@/components/routing';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { PageSection } from '@patternfly/react-core';
import { Table, Tbody, Th, Thead, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { FilterLabel, ListPagination, ListToolbar, sortProps, TableStateRow, useListState } from '@/components/list';
import { PageHeader } from '@/components/page/PageHeader';
import { DEFAULT_SE_GROUP_NAME } from '@/components/placement/placement-resolver';
import { refUuid } from '@/domain/model';
import { useSession } from '@/session';
import { CreateVirtualServiceMenu } from './CreateVirtualServiceMenu';
import { LIST_DEFAULTS, rowProfilesQuery, rowVsVipsQuery, seGroupsQuery, virtualServicePageQuery } from './list-queries';
import { useSetVirtualServiceEnabled } from './use-virtual-service-writes';
import { VirtualServiceRow, type RowTarget } from './VirtualServiceRow';

/** Only when the admin asks to delete: kept out of the page's first download. */
const DeleteVirtualServiceDialog = lazy(() => import('./DeleteVirtualServiceDialog').then((m) => ({ default: m.DeleteVirtualServiceDialog })));

const SORTABLE = ['name', undefined, undefined, undefined, undefined, 'enabled'] as const;

export default function VirtualServicesPage() {
  const { tenant, readOnly } = useSession();
  const list = useListState(LIST_DEFAULTS);
  const navigate = useNavigate();
  const setEnabled = useSetVirtualServiceEnabled();
  const [deleting, setDeleting] = useState<{ uuid: string; name: string }>();
  const [params, setParams] = useSearchParams();
  const refersTo = params.get('refers_to') ?? undefined;
  const refersToName = params.get('refers_to_name') ?? refersTo;
  const clearRefersTo = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('refers_to');
      next.delete('refers_to_name');
      next.delete('page');
      return next;
    });

  const page = useQuery({ ...virtualServicePageQuery(tenant, list, refersTo), placeholderData: keepPreviousData });
  const rows = useMemo(() => page.data?.results ?? [], [page.data]);
  // Per page: the VIPs and profiles of the rows shown; SE groups are few.
  const [vsVips, profiles, seGroups] = useQueries({
    queries: [
      { ...rowVsVipsQuery(tenant, rows), placeholderData: keepPreviousData },
      { ...rowProfilesQuery(tenant, rows), placeholderData: keepPreviousData },
      seGroupsQuery(tenant),
    ],
  });
  const byUuid = <T extends { uuid?: string | undefined }>(items: readonly T[] | undefined) => new Map((items ?? []).map((i) => [i.uuid, i]));
  const vipMap = byUuid(vsVips.data?.results);
  const profileMap = byUuid(profiles.data?.results);
  const groupMap = byUuid(seGroups.data?.results);
  const defaultGroup = seGroups.data?.results.find((g) => g.name === DEFAULT_SE_GROUP_NAME);

  const { mutate: setEnabledOf } = setEnabled;
  const onSetEnabled = useCallback((target: RowTarget, enabled: boolean) => setEnabledOf({ target, enabled }), [setEnabledOf]);
  const onEdit = useCallback((target: RowTarget) => navigate(paths.editVirtualService(target.uuid)), [navigate]);

  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination
      label="Virtual services pagination"
      variant={variant}
      count={page.data?.count ?? 0}
      page={list.page}
      perPage={list.perPage}
      onSetPage={list.setPage}
      onSetPerPage={list.setPerPage}
    />
  );

  return (
    <>
      <PageHeader
        title="Virtual Services"
        description="Each virtual service listens on a VIP and forwards to a pool. The application profile decides how servers learn the client IP; Preserve Client IP needs an SE group with IP routing."
      />
      <PageSection>
        <ListToolbar
          searchLabel="Search virtual services by name"
          searchInput={list.searchInput}
          onSearchChange={list.setSearchInput}
          actions={<CreateVirtualServiceMenu />}
          filters={
            refersTo && (
              <FilterLabel onRemove={clearRefersTo} removeLabel={`Remove filter: using ${refersToName}`}>
                Using {refersToName}
              </FilterLabel>
            )
          }
          pagination={pagination('top')}
        />
        <Table aria-label="Virtual services" variant="compact" aria-busy={page.isFetching}>
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap">VIP</Th>
              <Th modifier="wrap">Services</Th>
              <Th modifier="wrap">Application profile</Th>
              <Th modifier="wrap">SE group</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 5)}>Enabled</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={7}
              noun="virtual services"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== '' || refersTo !== undefined}
              onClearFilter={() => {
                list.setSearchInput('');
                clearRefersTo();
              }}
              onRetry={() => void page.refetch()}
              emptyAction={readOnly ? undefined : <CreateVirtualServiceMenu />}
            />
            {!page.error &&
              rows.map((vs) => (
                <VirtualServiceRow
                  key={vs.uuid}
                  vs={vs}
                  vip={vipMap.get(refUuid(vs.vsvip_ref))}
                  profile={profileMap.get(refUuid(vs.application_profile_ref))}
                  group={vs.se_group_ref ? groupMap.get(refUuid(vs.se_group_ref)) : defaultGroup}
                  readOnly={readOnly}
                  isUpdating={setEnabled.isPending && setEnabled.variables?.target.uuid === vs.uuid}
                  onSetEnabled={onSetEnabled}
                  onEdit={onEdit}
                  onDelete={setDeleting}
                />
              ))}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
      {deleting && (
        <Suspense fallback={null}>
          <DeleteVirtualServiceDialog target={deleting} onClose={() => setDeleting(undefined)} />
        </Suspense>
      )}
    </>
  );
}

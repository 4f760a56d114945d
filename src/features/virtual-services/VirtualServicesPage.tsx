import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Label, PageSection, Switch } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { paths } from '@/app/paths';
import { ListPagination, ListToolbar, RowActions, sortProps, TableStateRow, useListState } from '@/components/list';
import { ClientIpLabels, formatServices, formatVips, RoutingStateLabel } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { DEFAULT_SE_GROUP_NAME } from '@/components/placement/placement-resolver';
import { refName, refUuid, type VirtualService } from '@/domain/model';
import { useSession } from '@/session';
import { CreateVirtualServiceMenu } from './CreateVirtualServiceMenu';
import { LIST_DEFAULTS, rowProfilesQuery, rowVsVipsQuery, seGroupsQuery, virtualServicePageQuery } from './list-queries';
import { useSetVirtualServiceEnabled } from './use-virtual-service-writes';

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

  const renderRow = (vs: VirtualService) => {
    const uuid = vs.uuid ?? '';
    const profile = profileMap.get(refUuid(vs.application_profile_ref));
    const group = vs.se_group_ref ? groupMap.get(refUuid(vs.se_group_ref)) : defaultGroup;
    const vip = vipMap.get(refUuid(vs.vsvip_ref));
    return (
      <Tr key={uuid}>
        <Td dataLabel="Name">
          <Link to={paths.virtualService(uuid)}>{vs.name}</Link>
        </Td>
        <Td dataLabel="VIP" className="console-nowrap">
          {formatVips(vip?.vip ?? vs.vip) || '—'}
        </Td>
        <Td dataLabel="Services">{formatServices(vs.services) || '—'}</Td>
        <Td dataLabel="Application profile">
          <div>{profile?.name ?? refName(vs.application_profile_ref) ?? '—'}</div>
          <ClientIpLabels profile={profile} virtualService={vs} />
        </Td>
        <Td dataLabel="SE group">
          <div>{group?.name ?? refName(vs.se_group_ref) ?? DEFAULT_SE_GROUP_NAME}</div>
          {group && <RoutingStateLabel enabled={group.enable_routing} />}
        </Td>
        <Td dataLabel="Enabled">
          <Switch
            id={`enabled-${uuid}`}
            aria-label={`Enabled: ${vs.name}`}
            isChecked={vs.enabled !== false}
            isDisabled={readOnly || (setEnabled.isPending && setEnabled.variables?.target.uuid === uuid)}
            onChange={(_event, enabled) => setEnabled.mutate({ target: { uuid, name: vs.name }, enabled })}
          />
        </Td>
        <Td isActionCell>
          <RowActions
            name={vs.name}
            actions={[
              { label: 'Edit', isWrite: true, onClick: () => navigate(paths.editVirtualService(uuid)) },
              {
                label: vs.enabled === false ? 'Enable' : 'Disable',
                isWrite: true,
                onClick: () => setEnabled.mutate({ target: { uuid, name: vs.name }, enabled: vs.enabled === false }),
              },
              { label: 'Delete', isWrite: true, isDanger: true, onClick: () => setDeleting({ uuid, name: vs.name }) },
            ]}
          />
        </Td>
      </Tr>
    );
  };

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
              <Label variant="outline" onClose={clearRefersTo} closeBtnAriaLabel={`Remove filter: using ${refersToName}`}>
                Using {refersToName}
              </Label>
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
            {!page.error && rows.map(renderRow)}
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

import { Link } from '@/components/routing';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageSection } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { listQuery, nameSearchParams } from '@/api/queries';
import { ListPagination, ListToolbar, sortProps, TableStateRow, useListState } from '@/components/list';
import { PageHeader } from '@/components/page/PageHeader';
import { refName } from '@/domain/model';
import { useSession } from '@/session';
import { defaultRouteOf } from './static-routes';

const SORTABLE = ['name'] as const;

export default function VrfContextsPage() {
  const { tenant } = useSession();
  const list = useListState({ sort: 'name' });
  const page = useQuery({
    ...listQuery(tenant, 'vrfcontext', {
      page: list.page,
      page_size: list.perPage,
      sort: list.sort,
      include_name: true,
      fields: ['name', 'description', 'static_routes', 'cloud_ref', 'system_default'],
      ...nameSearchParams(list.search),
    }),
    placeholderData: keepPreviousData,
  });
  const rows = page.data?.results ?? [];
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination
      label="VRF contexts pagination"
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
        title="VRF Contexts"
        description="Routing tables of the Service Engines. In the preserve-client-IP topology, the global VRF's default route points at the front-end router."
      />
      <PageSection>
        <ListToolbar
          searchLabel="Search VRF contexts by name"
          searchInput={list.searchInput}
          onSearchChange={list.setSearchInput}
          pagination={pagination('top')}
        />
        <Table aria-label="VRF contexts" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap">Default gateway</Th>
              <Th modifier="wrap">Static routes</Th>
              <Th modifier="wrap">Cloud</Th>
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={4}
              noun="VRF contexts"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
            />
            {!page.error &&
              rows.map((vrf) => (
                <Tr key={vrf.uuid}>
                  <Td dataLabel="Name">
                    <Link to={paths.vrfContext(vrf.uuid ?? '')}>{vrf.name}</Link>
                    {vrf.description && <div className="console-secondary-text">{vrf.description}</div>}
                  </Td>
                  <Td dataLabel="Default gateway">{defaultRouteOf(vrf)?.next_hop.addr ?? <span className="console-secondary-text">None</span>}</Td>
                  <Td dataLabel="Static routes">{vrf.static_routes?.length ?? 0}</Td>
                  <Td dataLabel="Cloud">{refName(vrf.cloud_ref) ?? '—'}</Td>
                </Tr>
              ))}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
    </>
  );
}

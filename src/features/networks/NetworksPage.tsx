import { useMemo } from 'react';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Alert, PageSection } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { fetchPages } from '@/api/fetch-many';
import { allObjectsQuery, controllerKeys, listQuery, nameSearchParams } from '@/api/queries';
import { ListPagination, ListToolbar, sortProps, TableStateRow, useListState } from '@/components/list';
import { formatPrefix, StaticLabel } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { useSession } from '@/session';
import { backEndNetworks } from './back-end-networks';

const SORTABLE = ['name'] as const;
const POOL_SAMPLE = 1000;

export default function NetworksPage() {
  const { tenant } = useSession();
  const list = useListState({ sort: 'name' });
  const page = useQuery({
    ...listQuery(tenant, 'network', {
      page: list.page,
      page_size: list.perPage,
      sort: list.sort,
      include_name: true,
      fields: ['name', 'description', 'configured_subnets', 'dhcp_enabled', 'vrf_context_ref'],
      ...nameSearchParams(list.search),
    }),
    placeholderData: keepPreviousData,
  });
  const [seGroups, pools] = useQueries({
    queries: [
      allObjectsQuery(tenant, 'serviceenginegroup'),
      {
        queryKey: [...controllerKeys.type(tenant, 'pool'), 'servers-sample'],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchPages('pool', { fields: ['servers'] }, POOL_SAMPLE, signal),
      },
    ],
  });
  const rows = useMemo(() => page.data?.results ?? [], [page.data]);
  const evidence = useMemo(
    () => backEndNetworks(rows, seGroups.data?.results ?? [], pools.data?.results ?? []),
    [rows, seGroups.data, pools.data],
  );
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination
      label="Networks pagination"
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
        title="Networks"
        description="The networks the Service Engines are attached to. A back-end network holds pool servers with no router in between: with IP routing, a floating IP in it is the servers' default gateway."
      />
      <PageSection>
        {pools.data && !pools.data.complete && (
          <div className="console-bottom-spacer">
            <Alert variant="info" isInline isPlain title={`Back-end networks are marked from the servers of the first ${POOL_SAMPLE} of ${pools.data.count} pools.`} />
          </div>
        )}
        <ListToolbar searchLabel="Search networks by name" searchInput={list.searchInput} onSearchChange={list.setSearchInput} pagination={pagination('top')} />
        <Table aria-label="Networks" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap">Subnets</Th>
              <Th modifier="wrap">Role</Th>
              <Th modifier="wrap">SE floating IPs</Th>
              <Th modifier="wrap">DHCP</Th>
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={5}
              noun="networks"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
            />
            {!page.error &&
              rows.map((network) => {
                const found = evidence.get(network.name);
                const backEnd = (found?.pools.length ?? 0) > 0;
                return (
                  <Tr key={network.uuid}>
                    <Td dataLabel="Name">
                      <div>{network.name}</div>
                      {network.description && <div className="console-secondary-text">{network.description}</div>}
                    </Td>
                    <Td dataLabel="Subnets">{(network.configured_subnets ?? []).map((s) => formatPrefix(s.prefix)).join(', ') || '—'}</Td>
                    <Td dataLabel="Role">
                      {backEnd ? (
                        <>
                          <StaticLabel color="purple">Directly connected back-end</StaticLabel>
                          <div className="console-secondary-text">Servers of {found!.pools.slice(0, 5).join(', ')}{found!.pools.length > 5 ? ` and ${found!.pools.length - 5} more pools` : ''}</div>
                        </>
                      ) : (
                        <span className="console-secondary-text">No pool servers</span>
                      )}
                    </Td>
                    <Td dataLabel="SE floating IPs">{found?.floatingIps.join(', ') || '—'}</Td>
                    <Td dataLabel="DHCP">{network.dhcp_enabled === false ? 'Off' : 'On'}</Td>
                  </Tr>
                );
              })}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
    </>
  );
}

import { Link } from '@/components/routing';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageSection, Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { countQuery, listQuery, nameSearchParams } from '@/api/queries';
import { ListPagination, ListToolbar, sortProps, TableStateRow, useListState } from '@/components/list';
import { RoutingStateLabel } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { haModeLabels } from '@/domain/model';
import { useSession } from '@/session';

const SORTABLE = ['name', 'enable_routing', 'ha_mode'] as const;

function HostedCount({ uuid, name }: { uuid: string; name: string }) {
  const { tenant } = useSession();
  const count = useQuery(countQuery(tenant, 'virtualservice', { refers_to: `serviceenginegroup:${uuid}` }));
  if (count.isPending) return <Skeleton width="2ch" screenreaderText={`Counting virtual services on ${name}`} />;
  if (count.error) return <span>unknown</span>;
  return <Link to={paths.virtualServicesUsing('serviceenginegroup', uuid, name)}>{count.data}</Link>;
}

export default function ServiceEngineGroupsPage() {
  const { tenant } = useSession();
  const list = useListState({ sort: 'name' });
  const page = useQuery({
    ...listQuery(tenant, 'serviceenginegroup', {
      page: list.page,
      page_size: list.perPage,
      sort: list.sort,
      fields: ['name', 'description', 'enable_routing', 'ha_mode', 'distribute_load_active_standby', 'floating_intf_ip', 'cloud_ref'],
      include_name: true,
      ...nameSearchParams(list.search),
    }),
    placeholderData: keepPreviousData,
  });
  const rows = page.data?.results ?? [];
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination
      label="Service Engine groups pagination"
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
        title="Service Engine Groups"
        description="Where virtual services are placed. IP routing makes the Service Engines the back-end servers' default gateway: Preserve Client IP needs it, with legacy active/standby HA and a floating IP on each back-end network."
      />
      <PageSection>
        <ListToolbar
          searchLabel="Search Service Engine groups by name"
          searchInput={list.searchInput}
          onSearchChange={list.setSearchInput}
          pagination={pagination('top')}
        />
        <Table aria-label="Service Engine groups" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 1)}>IP routing</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 2)}>HA mode</Th>
              <Th modifier="wrap">Floating IPs</Th>
              <Th modifier="wrap">Virtual services</Th>
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={5}
              noun="Service Engine groups"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
            />
            {!page.error &&
              rows.map((group) => (
                <Tr key={group.uuid}>
                  <Td dataLabel="Name">
                    <Link to={paths.seGroup(group.uuid ?? '')}>{group.name}</Link>
                    {group.description && <div className="console-secondary-text">{group.description}</div>}
                  </Td>
                  <Td dataLabel="IP routing">
                    <RoutingStateLabel enabled={group.enable_routing} />
                  </Td>
                  <Td dataLabel="HA mode">
                    {haModeLabels[group.ha_mode] ?? group.ha_mode}
                    {group.distribute_load_active_standby && <div className="console-secondary-text">Distribute load</div>}
                  </Td>
                  <Td dataLabel="Floating IPs">{(group.floating_intf_ip ?? []).map((ip) => ip.addr).join(', ') || '—'}</Td>
                  <Td dataLabel="Virtual services">
                    <HostedCount uuid={group.uuid ?? ''} name={group.name} />
                  </Td>
                </Tr>
              ))}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
    </>
  );
}

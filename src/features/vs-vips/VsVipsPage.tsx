import { Link } from '@/components/routing';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageSection, Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { countQuery, listQuery, nameSearchParams } from '@/api/queries';
import { useEditTarget } from '@/components/forms/use-edit-target';
import { ListPagination, ListToolbar, RowActions, sortProps, TableStateRow, useListState } from '@/components/list';
import { formatVips } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { refName } from '@/domain/model';
import { useSession } from '@/session';
import { VsVipEditorModal } from './VsVipEditorModal';

const SORTABLE = ['name'] as const;

function UsedBy({ uuid, name }: { uuid: string; name: string }) {
  const { tenant } = useSession();
  const count = useQuery(countQuery(tenant, 'virtualservice', { refers_to: `vsvip:${uuid}` }));
  if (count.isPending) return <Skeleton width="2ch" screenreaderText={`Counting virtual services using ${name}`} />;
  if (count.error || count.data === undefined) return <span>unknown</span>;
  return count.data === 0 ? <span className="console-secondary-text">Not used</span> : <Link to={paths.virtualServicesUsing('vsvip', uuid, name)}>{count.data}</Link>;
}

export default function VsVipsPage() {
  const { tenant } = useSession();
  const list = useListState({ sort: 'name' });
  const editor = useEditTarget('vsvip');
  const page = useQuery({
    ...listQuery(tenant, 'vsvip', {
      page: list.page,
      page_size: list.perPage,
      sort: list.sort,
      include_name: true,
      fields: ['name', 'vip', 'vrf_context_ref', 'cloud_ref'],
      ...nameSearchParams(list.search),
    }),
    placeholderData: keepPreviousData,
  });
  const rows = page.data?.results ?? [];
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination label="VS VIPs pagination" variant={variant} count={page.data?.count ?? 0} page={list.page} perPage={list.perPage} onSetPage={list.setPage} onSetPerPage={list.setPerPage} />
  );
  return (
    <>
      <PageHeader title="VS VIPs" description="The virtual IP addresses virtual services listen on. One VS VIP can be shared by several virtual services on different ports." />
      <PageSection>
        <ListToolbar searchLabel="Search VS VIPs by name" searchInput={list.searchInput} onSearchChange={list.setSearchInput} pagination={pagination('top')} />
        <Table aria-label="VS VIPs" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap">Addresses</Th>
              <Th modifier="wrap">VRF context</Th>
              <Th modifier="wrap">Virtual services</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={5}
              noun="VS VIPs"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
            />
            {!page.error &&
              rows.map((vsVip) => {
                const uuid = vsVip.uuid ?? '';
                return (
                  <Tr key={uuid}>
                    <Td dataLabel="Name">{vsVip.name}</Td>
                    <Td dataLabel="Addresses">{formatVips(vsVip.vip) || '—'}</Td>
                    <Td dataLabel="VRF context">{refName(vsVip.vrf_context_ref) ?? 'global'}</Td>
                    <Td dataLabel="Virtual services">
                      <UsedBy uuid={uuid} name={vsVip.name} />
                    </Td>
                    <Td isActionCell>
                      <RowActions name={vsVip.name} actions={[{ label: 'Edit', isWrite: true, onClick: () => void editor.open(uuid, vsVip.name) }]} />
                    </Td>
                  </Tr>
                );
              })}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
      {editor.target && (
        <VsVipEditorModal loaded={editor.target} onClose={editor.close} onReload={() => void editor.open(editor.target?.uuid ?? '', editor.target?.name ?? '')} />
      )}
    </>
  );
}

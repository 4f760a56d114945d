import { useState } from 'react';
import { Link } from '@/components/routing';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Content, PageSection, Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { apiClient } from '@/api/client';
import { countQuery, invalidateTypes, listQuery, nameSearchParams } from '@/api/queries';
import { StaticLabel } from '@/components/object-display';
import { ConfirmDialog } from '@/components/dialogs/ConfirmDialog';
import { useNotify } from '@/components/feedback';
import { useEditTarget } from '@/components/forms/use-edit-target';
import { ListPagination, ListToolbar, RowActions, sortProps, TableStateRow, useListState } from '@/components/list';
import { PageHeader } from '@/components/page/PageHeader';
import { lbAlgorithmLabels, type Pool } from '@/domain/model';
import { useSession } from '@/session';
import { PoolEditorModal } from './PoolEditorModal';

const SORTABLE = ['name', undefined, 'default_server_port', 'lb_algorithm', 'enabled'] as const;

function UsedBy({ uuid, name }: { uuid: string; name: string }) {
  const { tenant } = useSession();
  const count = useQuery(countQuery(tenant, 'virtualservice', { refers_to: `pool:${uuid}` }));
  if (count.isPending) return <Skeleton width="2ch" screenreaderText={`Counting virtual services using ${name}`} />;
  if (count.error || count.data === undefined) return <span>unknown</span>;
  return count.data === 0 ? <span className="console-secondary-text">Not used</span> : <Link to={paths.virtualServicesUsing('pool', uuid, name)}>{count.data}</Link>;
}

function serverSummary(pool: Pool): string {
  const servers = pool.servers ?? [];
  const shown = servers.slice(0, 3).map((s) => `${s.ip.addr}:${s.port || pool.default_server_port}${s.enabled === false ? ' (disabled)' : ''}`);
  return servers.length > 3 ? `${shown.join(', ')} and ${servers.length - 3} more` : shown.join(', ') || 'No servers';
}

export default function PoolsPage() {
  const { tenant, readOnly } = useSession();
  const list = useListState({ sort: 'name' });
  const queryClient = useQueryClient();
  const notify = useNotify();
  const editor = useEditTarget('pool');
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ uuid: string; name: string }>();
  const page = useQuery({
    ...listQuery(tenant, 'pool', {
      page: list.page,
      page_size: list.perPage,
      sort: list.sort,
      fields: ['name', 'servers', 'default_server_port', 'lb_algorithm', 'enabled'],
      ...nameSearchParams(list.search),
    }),
    placeholderData: keepPreviousData,
  });
  const rows = page.data?.results ?? [];
  const createButton = (
    <Button variant="primary" isDisabled={readOnly} onClick={() => setCreating(true)}>
      Create Pool
    </Button>
  );
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination label="Pools pagination" variant={variant} count={page.data?.count ?? 0} page={list.page} perPage={list.perPage} onSetPage={list.setPage} onSetPerPage={list.setPerPage} />
  );
  return (
    <>
      <PageHeader
        title="Pools"
        description="The servers a virtual service forwards to. For Preserve Client IP the servers must be on a directly connected network and use the SE group's floating IP as their default gateway."
      />
      <PageSection>
        <ListToolbar searchLabel="Search pools by name" searchInput={list.searchInput} onSearchChange={list.setSearchInput} actions={createButton} pagination={pagination('top')} />
        <Table aria-label="Pools" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap">Servers</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 2)}>Default port</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 3)}>Load balancing</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 4)}>Enabled</Th>
              <Th modifier="wrap">Virtual services</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={7}
              noun="pools"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
              emptyAction={readOnly ? undefined : createButton}
            />
            {!page.error &&
              rows.map((pool) => {
                const uuid = pool.uuid ?? '';
                return (
                  <Tr key={uuid}>
                    <Td dataLabel="Name">{pool.name}</Td>
                    <Td dataLabel="Servers">{serverSummary(pool)}</Td>
                    <Td dataLabel="Default port">{pool.default_server_port}</Td>
                    <Td dataLabel="Load balancing">{lbAlgorithmLabels[pool.lb_algorithm] ?? pool.lb_algorithm}</Td>
                    <Td dataLabel="Enabled">
                      {pool.enabled === false ? (
                        <StaticLabel>Disabled</StaticLabel>
                      ) : (
                        'Yes'
                      )}
                    </Td>
                    <Td dataLabel="Virtual services">
                      <UsedBy uuid={uuid} name={pool.name} />
                    </Td>
                    <Td isActionCell>
                      <RowActions
                        name={pool.name}
                        actions={[
                          { label: 'Edit', isWrite: true, onClick: () => void editor.open(uuid, pool.name) },
                          { label: 'Delete', isWrite: true, isDanger: true, onClick: () => setDeleting({ uuid, name: pool.name }) },
                        ]}
                      />
                    </Td>
                  </Tr>
                );
              })}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
      {creating && <PoolEditorModal onClose={() => setCreating(false)} onReload={() => undefined} />}
      {editor.target && (
        <PoolEditorModal
          loaded={editor.target}
          onClose={editor.close}
          onReload={() => void editor.open(editor.target?.uuid ?? '', editor.target?.name ?? '')}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete pool?"
          confirmLabel="Delete"
          onClose={() => setDeleting(undefined)}
          onConfirm={async () => {
            await apiClient.remove('pool', deleting.uuid);
            notify.success(`Pool "${deleting.name}" deleted`);
            await invalidateTypes(queryClient, tenant, 'pool');
          }}
        >
          <Content component="p">
            Pool <strong>{deleting.name}</strong> and its server list are removed. The controller refuses while a virtual service uses it.
          </Content>
        </ConfirmDialog>
      )}
    </>
  );
}

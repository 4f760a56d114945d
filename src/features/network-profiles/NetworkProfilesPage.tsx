import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageSection } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { listQuery, nameSearchParams } from '@/api/queries';
import { ListPagination, ListToolbar, sortProps, TableStateRow, useListState } from '@/components/list';
import { PageHeader } from '@/components/page/PageHeader';
import { networkProfileTypeLabels, type NetworkProfile } from '@/domain/model';
import { useSession } from '@/session';

const SORTABLE = ['name', 'profile.type'] as const;

/** The settings that matter most per protocol type, in a few words. */
function keySettings(profile: NetworkProfile): string {
  const p = profile.profile;
  switch (p.type) {
    case 'PROTOCOL_TYPE_TCP_PROXY': {
      const tcp = p.tcp_proxy_profile;
      return tcp?.automatic === false ? `Custom: idle timeout ${tcp.idle_connection_timeout ?? 600} s` : 'Automatic TCP settings';
    }
    case 'PROTOCOL_TYPE_TCP_FAST_PATH':
      return `Idle timeout ${p.tcp_fast_path_profile?.session_idle_timeout ?? 300} s${p.tcp_fast_path_profile?.enable_syn_protection ? ', SYN protection' : ''}`;
    case 'PROTOCOL_TYPE_UDP_FAST_PATH': {
      const udp = p.udp_fast_path_profile;
      return [`Idle timeout ${udp?.session_idle_timeout ?? 10} s`, udp?.per_pkt_loadbalance ? 'per-packet load balancing' : '', udp?.snat === false ? 'no SNAT' : 'SNAT']
        .filter(Boolean)
        .join(', ');
    }
    default:
      return '—';
  }
}

export default function NetworkProfilesPage() {
  const { tenant } = useSession();
  const list = useListState({ sort: 'name' });
  const page = useQuery({
    ...listQuery(tenant, 'networkprofile', { page: list.page, page_size: list.perPage, sort: list.sort, ...nameSearchParams(list.search) }),
    placeholderData: keepPreviousData,
  });
  const rows = page.data?.results ?? [];
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination label="TCP/UDP profiles pagination" variant={variant} count={page.data?.count ?? 0} page={list.page} perPage={list.perPage} onSetPage={list.setPage} onSetPerPage={list.setPerPage} />
  );
  return (
    <>
      <PageHeader title="TCP/UDP Profiles" description="Network profiles: how the Service Engine handles the transport layer. HTTP application profiles need a TCP Proxy profile." />
      <PageSection>
        <ListToolbar searchLabel="Search TCP/UDP profiles by name" searchInput={list.searchInput} onSearchChange={list.setSearchInput} pagination={pagination('top')} />
        <Table aria-label="TCP/UDP profiles" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 1)}>Type</Th>
              <Th modifier="wrap">Settings</Th>
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={3}
              noun="TCP/UDP profiles"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
            />
            {!page.error &&
              rows.map((profile) => (
                <Tr key={profile.uuid}>
                  <Td dataLabel="Name">
                    <div>{profile.name}</div>
                    {profile.description && <div className="console-secondary-text">{profile.description}</div>}
                  </Td>
                  <Td dataLabel="Type">{networkProfileTypeLabels[profile.profile.type] ?? profile.profile.type}</Td>
                  <Td dataLabel="Settings">{keySettings(profile)}</Td>
                </Tr>
              ))}
          </Tbody>
        </Table>
        {pagination('bottom')}
      </PageSection>
    </>
  );
}

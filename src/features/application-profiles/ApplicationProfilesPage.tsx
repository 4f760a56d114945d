import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, PageSection } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { apiClient } from '@/api/client';
import { invalidateTypes, listQuery, nameSearchParams } from '@/api/queries';
import { StaticLabel } from '@/components/object-display';
import { useNotify } from '@/components/feedback';
import { ListPagination, ListToolbar, RowActions, sortProps, TableStateRow, useListState } from '@/components/list';
import { PageHeader } from '@/components/page/PageHeader';
import type { ApplicationProfile } from '@/domain/model';
import { useSession } from '@/session';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { profileFlags, type Flag } from './profile-flags';
import { ProfileEditorSlot } from './ProfileEditorSlot';
import { ProfileUsageCount } from './ProfileUsageCount';

const SORTABLE = ['name', 'type'] as const;

type EditorState = { mode: 'create' } | { mode: 'edit'; uuid: string } | { mode: 'clone'; template: ApplicationProfile };

function FlagCell({ flag }: { flag: Flag }) {
  if (flag === 'n/a') return <span className="console-secondary-text">n/a</span>;
  return flag === 'on' ? (
    <StaticLabel color="blue">On</StaticLabel>
  ) : (
    <span>Off</span>
  );
}

export default function ApplicationProfilesPage() {
  const { tenant, readOnly } = useSession();
  const list = useListState({ sort: 'name' });
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [editor, setEditor] = useState<EditorState>();
  const [deleting, setDeleting] = useState<{ uuid: string; name: string }>();

  const page = useQuery({
    ...listQuery(tenant, 'applicationprofile', {
      page: list.page,
      page_size: list.perPage,
      sort: list.sort,
      ...nameSearchParams(list.search),
    }),
    placeholderData: keepPreviousData,
  });
  const rows = page.data?.results ?? [];

  const openClone = async (uuid: string) => {
    try {
      // The editor copies the template without its identity; the admin names the copy.
      setEditor({ mode: 'clone', template: await apiClient.get<ApplicationProfile>('applicationprofile', uuid) });
    } catch (error) {
      notify.error('Could not load the profile to clone', error);
    }
  };

  const createButton = (
    <Button variant="primary" isDisabled={readOnly} onClick={() => setEditor({ mode: 'create' })}>
      Create Application Profile
    </Button>
  );
  const pagination = (variant: 'top' | 'bottom') => (
    <ListPagination
      label="Application profiles pagination"
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
        title="Application Profiles"
        description="An application profile decides how servers learn the client IP: X-Forwarded-For (HTTP), PROXY protocol (L4) or Preserve Client IP. A change applies to every virtual service using the profile."
      />
      <PageSection>
        <ListToolbar
          searchLabel="Search application profiles by name"
          searchInput={list.searchInput}
          onSearchChange={list.setSearchInput}
          actions={createButton}
          pagination={pagination('top')}
        />
        <Table aria-label="Application profiles" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap" width={30} sort={sortProps(list.sort, list.setSort, SORTABLE, 0)}>Name</Th>
              <Th modifier="wrap" sort={sortProps(list.sort, list.setSort, SORTABLE, 1)}>Type</Th>
              <Th modifier="wrap">Preserve Client IP</Th>
              <Th modifier="wrap">Connection Multiplexing</Th>
              <Th modifier="wrap">X-Forwarded-For</Th>
              <Th modifier="wrap">PROXY Protocol</Th>
              <Th modifier="wrap">Virtual services</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            <TableStateRow
              columns={8}
              noun="application profiles"
              isLoading={page.isPending}
              error={page.error}
              isEmpty={rows.length === 0}
              isFiltered={list.search !== ''}
              onClearFilter={() => list.setSearchInput('')}
              onRetry={() => void page.refetch()}
              emptyAction={readOnly ? undefined : createButton}
            />
            {!page.error &&
              rows.map((profile) => {
                const uuid = profile.uuid ?? '';
                const flags = profileFlags(profile);
                return (
                  <Tr key={uuid}>
                    <Td dataLabel="Name">
                      <div>{profile.name}</div>
                      {profile.description && <div className="console-secondary-text">{profile.description}</div>}
                    </Td>
                    <Td dataLabel="Type" modifier="nowrap">
                      {flags.type}
                    </Td>
                    <Td dataLabel="Preserve Client IP">
                      <FlagCell flag={flags.preserveClientIp} />
                    </Td>
                    <Td dataLabel="Connection Multiplexing">
                      <FlagCell flag={flags.multiplexing} />
                    </Td>
                    <Td dataLabel="X-Forwarded-For">
                      <FlagCell flag={flags.xff} />
                    </Td>
                    <Td dataLabel="PROXY Protocol">
                      <FlagCell flag={flags.proxyProtocol} />
                    </Td>
                    <Td dataLabel="Virtual services">
                      <ProfileUsageCount uuid={uuid} name={profile.name} />
                    </Td>
                    <Td isActionCell>
                      <RowActions
                        name={profile.name}
                        actions={[
                          { label: 'Edit', isWrite: true, onClick: () => setEditor({ mode: 'edit', uuid }) },
                          { label: 'Clone', isWrite: true, onClick: () => void openClone(uuid) },
                          { label: 'Delete', isWrite: true, isDanger: true, onClick: () => setDeleting({ uuid, name: profile.name }) },
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
      {editor && (
        <ProfileEditorSlot
          {...(editor.mode === 'edit' ? { profileUuid: editor.uuid } : {})}
          {...(editor.mode === 'clone' ? { template: editor.template } : {})}
          onCancel={() => setEditor(undefined)}
          onSaved={(saved) => {
            setEditor(undefined);
            notify.success(`Application profile "${saved.name}" saved`);
            void invalidateTypes(queryClient, tenant, 'applicationprofile', 'virtualservice');
          }}
        />
      )}
      {deleting && <DeleteProfileDialog target={deleting} onClose={() => setDeleting(undefined)} />}
    </>
  );
}

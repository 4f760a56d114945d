import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Content, List, ListItem, Skeleton } from '@patternfly/react-core';
import { apiClient } from '@/api/client';
import { invalidateTypes, listQuery } from '@/api/queries';
import { ConfirmDialog } from '@/components/dialogs/ConfirmDialog';
import { useNotify } from '@/components/feedback';
import { useSession } from '@/session';

const SHOWN_USERS = 10;

/** Deleting a profile: warns up front which virtual services still use it (the controller refuses while any does). */
export function DeleteProfileDialog({ target, onClose }: { target: { uuid: string; name: string }; onClose(): void }) {
  const { tenant } = useSession();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const users = useQuery(
    listQuery(tenant, 'virtualservice', { refers_to: `applicationprofile:${target.uuid}`, fields: ['name'], page_size: SHOWN_USERS, sort: 'name' }),
  );
  const count = users.data?.count ?? 0;
  return (
    <ConfirmDialog
      title="Delete application profile?"
      confirmLabel="Delete"
      onClose={onClose}
      onConfirm={async () => {
        await apiClient.remove('applicationprofile', target.uuid);
        notify.success(`Application profile "${target.name}" deleted`);
        await invalidateTypes(queryClient, tenant, 'applicationprofile');
      }}
    >
      <Content component="p">
        Application profile <strong>{target.name}</strong> will be removed from the controller. This cannot be undone.
      </Content>
      {users.isPending && <Skeleton screenreaderText="Checking which virtual services use it" />}
      {target.name.startsWith('System-') && (
        <Alert variant="warning" isInline isPlain title="This is a system profile: the controller does not allow deleting it." />
      )}
      {count > 0 && (
        <Alert variant="warning" isInline title={`In use by ${count} virtual service${count === 1 ? '' : 's'}: the controller will refuse the delete`}>
          <List>
            {(users.data?.results ?? []).map((vs) => (
              <ListItem key={vs.uuid}>{vs.name}</ListItem>
            ))}
            {count > SHOWN_USERS && <ListItem>and {count - SHOWN_USERS} more</ListItem>}
          </List>
          Move them to another application profile first.
        </Alert>
      )}
    </ConfirmDialog>
  );
}

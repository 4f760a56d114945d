import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/api/client';
import { invalidateTypes } from '@/api/queries';
import { useNotify } from '@/components/feedback';
import { useSession } from '@/session';

interface Target {
  uuid: string;
  name: string;
}

/** Enable or disable a virtual service: a PATCH of `enabled` alone, so no other field can be lost. */
export function useSetVirtualServiceEnabled() {
  const queryClient = useQueryClient();
  const { tenant } = useSession();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ target, enabled }: { target: Target; enabled: boolean }) =>
      apiClient.patch('virtualservice', target.uuid, 'replace', { enabled }),
    onSuccess: (_result, { target, enabled }) => notify.success(`Virtual service "${target.name}" ${enabled ? 'enabled' : 'disabled'}`),
    onError: (error, { target, enabled }) => notify.error(`Could not ${enabled ? 'enable' : 'disable'} "${target.name}"`, error),
    onSettled: () => invalidateTypes(queryClient, tenant, 'virtualservice'),
  });
}

/** Delete a virtual service; errors are left to the confirm dialog, which shows the controller's answer. */
export function useDeleteVirtualService() {
  const queryClient = useQueryClient();
  const { tenant } = useSession();
  const notify = useNotify();
  return async (target: Target) => {
    await apiClient.remove('virtualservice', target.uuid);
    notify.success(`Virtual service "${target.name}" deleted`);
    await invalidateTypes(queryClient, tenant, 'virtualservice', 'pool', 'vsvip');
  };
}

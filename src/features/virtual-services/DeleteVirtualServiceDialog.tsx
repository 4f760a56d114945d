import { Content } from '@patternfly/react-core';
import { ConfirmDialog } from '@/components/dialogs/ConfirmDialog';
import { useDeleteVirtualService } from './use-virtual-service-writes';

interface DeleteVirtualServiceDialogProps {
  target: { uuid: string; name: string };
  onClose(): void;
  onDeleted?(): void;
}

export function DeleteVirtualServiceDialog({ target, onClose, onDeleted }: DeleteVirtualServiceDialogProps) {
  const remove = useDeleteVirtualService();
  return (
    <ConfirmDialog
      title="Delete virtual service?"
      confirmLabel="Delete"
      onClose={onClose}
      onConfirm={async () => {
        await remove(target);
        onDeleted?.();
      }}
    >
      <Content component="p">
        Virtual service <strong>{target.name}</strong> stops serving traffic and is removed from the controller. Its pool and VS VIP
        are kept. This cannot be undone.
      </Content>
    </ConfirmDialog>
  );
}

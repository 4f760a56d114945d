import { useQueryClient } from '@tanstack/react-query';
import { Content } from '@patternfly/react-core';
import { ConfirmDialog } from '@/components/dialogs/ConfirmDialog';
import { useNotify } from '@/components/feedback';

/** Demo mode only: asks before putting the demo data back to its seed, and does it. */
export default function ResetDemoDataDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return (
    <ConfirmDialog
      title="Reset demo data?"
      confirmLabel="Reset demo data"
      onClose={onClose}
      onConfirm={async () => {
        const { resetDemoData } = await import('@/demo/start-demo-controller');
        await resetDemoData();
        await queryClient.resetQueries();
        notify.success('Demo data reset', 'Every object is back to the seed data.');
      }}
    >
      <Content component="p">Every change made in this demo is discarded and the seed objects come back. This cannot be undone.</Content>
    </ConfirmDialog>
  );
}

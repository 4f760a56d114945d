import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Content, Label } from '@patternfly/react-core';
import { ConfirmDialog } from '@/components/dialogs/ConfirmDialog';
import { useNotify } from '@/components/feedback';

/** Demo mode only (loaded lazily): marks the console as a demo and puts the demo data back to its seed. */
export default function DemoControls() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Label color="orange" isCompact>
        Demo
      </Label>
      <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
        Reset demo data
      </Button>
      {confirming && (
        <ConfirmDialog
          title="Reset demo data?"
          confirmLabel="Reset demo data"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const { resetDemoData } = await import('@/demo/start-demo-controller');
            await resetDemoData();
            await queryClient.resetQueries();
            notify.success('Demo data reset', 'Every object is back to the seed data.');
          }}
        >
          <Content component="p">
            Every change made in this demo is discarded and the seed objects come back. This cannot be undone.
          </Content>
        </ConfirmDialog>
      )}
    </>
  );
}

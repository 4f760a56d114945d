import { useState } from 'react';
import { Button } from '@patternfly/react-core';
import { useNotify } from '@/components/feedback';
import { lazyPart } from '@/components/lazy-part';
import { StaticLabel } from '@/components/object-display/StaticLabel';

// The masthead shows these controls as the page's first data arrives: what they load then must not compete
// with it. So the dialog (and Modal) is fetched on intent, and the label is the frame's own (PatternFly's Label
// brings its truncation tooltip's code).
const ResetDemoDataDialog = lazyPart(
  () => import('./ResetDemoDataDialog'),
  (module) => module.default,
);

/** Demo mode only (loaded lazily): marks the console as a demo and puts the demo data back to its seed. */
export default function DemoControls() {
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const confirm = () =>
    ResetDemoDataDialog.preload().then(
      () => setConfirming(true),
      (error: unknown) => notify.error('Could not open Reset demo data', error),
    );
  return (
    <>
      <StaticLabel color="orange">Demo</StaticLabel>
      <Button variant="secondary" size="sm" onPointerEnter={ResetDemoDataDialog.prefetch} onFocus={ResetDemoDataDialog.prefetch} onClick={() => void confirm()}>
        Reset demo data
      </Button>
      {confirming && <ResetDemoDataDialog onClose={() => setConfirming(false)} />}
    </>
  );
}

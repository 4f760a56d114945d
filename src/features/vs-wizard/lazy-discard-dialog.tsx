import { lazyPart, LazyPartBoundary } from '@/components/lazy-part';
import type { DiscardChangesDialogProps } from './DiscardChangesDialog';

const DiscardChangesDialog = lazyPart(() => import('./DiscardChangesDialog'), (m) => m.DiscardChangesDialog);

/** The dialog can only be needed once the wizard has changes: fetched then, not with the wizard. */
export const prefetchDiscardDialog = DiscardChangesDialog.prefetch;

/** "Discard changes?" in its own chunk (with PatternFly's Modal and its focus trap). */
export function DiscardDialog(props: DiscardChangesDialogProps) {
  return (
    <LazyPartBoundary what="the discard changes dialog" part={DiscardChangesDialog}>
      <DiscardChangesDialog {...props} />
    </LazyPartBoundary>
  );
}

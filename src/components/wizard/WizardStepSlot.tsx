import { useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint, canStoreOutOfRendering } from '@/components/scheduling';
import './wizard-step-slot.css';

/**
 * How a rendered step is in the page:
 * - `shown`: the step the admin is on;
 * - `ahead`: the step after it, prepared. It is mounted, and its styles and layout are computed once, while it
 *   is clipped to nothing; then it is stored out of rendering (`content-visibility: hidden`), which keeps what
 *   was computed. It cannot be seen, reached by the keyboard or read by assistive technology. Next only makes
 *   it visible: no effects to mount, and almost no styles to compute;
 * - `kept`: any other step, out of the page's layout (the caller hides it), its state kept.
 */
export type StepPresence = 'shown' | 'ahead' | 'kept';

export interface WizardStepSlotProps {
  presence: StepPresence;
  children: ReactNode;
}

/** One step's place in the wizard's content: shown, or prepared ahead out of sight (see `StepPresence`). */
export function WizardStepSlot({ presence, children }: WizardStepSlotProps) {
  const ahead = presence === 'ahead';
  const [canStore] = useState(canStoreOutOfRendering);
  const [stored, setStored] = useState(false);
  if (!ahead && stored) setStored(false);
  // After the frame that computed its styles and layout: storing it then keeps them.
  useEffect(() => (ahead ? afterNextPaint(() => setStored(true)) : undefined), [ahead]);
  return (
    <div className={ahead ? `wizard-step-slot--ahead${stored ? ' wizard-step-slot--stored' : ''}` : undefined} aria-hidden={ahead || undefined} inert={(ahead && !canStore) || undefined}>
      {children}
    </div>
  );
}

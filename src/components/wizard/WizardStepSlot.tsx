import { useEffect, useRef, useState, type ReactNode } from 'react';
import { afterNextPaint, canStoreOutOfRendering } from '@/components/scheduling';
import './wizard-step-slot.css';

/**
 * How a rendered step is in the page:
 * - `shown`: the step the admin is on;
 * - `ahead`: the step after it, prepared. It is mounted stored out of rendering (`content-visibility: hidden`):
 *   from its first frame it cannot be seen, focused or read by assistive technology. After that frame, its
 *   styles and layout are computed once on request (see `computeStoredLayout`), and the browser keeps them.
 *   Next only makes it visible: no effects to mount, and almost no styles to compute;
 * - `kept`: any other step, out of the page's layout (the caller hides it), its state kept.
 */
export type StepPresence = 'shown' | 'ahead' | 'kept';

export interface WizardStepSlotProps {
  presence: StepPresence;
  children: ReactNode;
}

/**
 * Asking for the geometry of an element inside a part stored out of rendering makes the browser compute that
 * part's styles and layout (it lays out the stored part as a whole), which it then keeps while the part stays
 * stored. Any element inside will do.
 */
function computeStoredLayout(slot: HTMLElement): void {
  slot.lastElementChild?.getBoundingClientRect();
}

/** One step's place in the wizard's content: shown, or prepared ahead out of sight (see `StepPresence`). */
export function WizardStepSlot({ presence, children }: WizardStepSlotProps) {
  const ahead = presence === 'ahead';
  const slot = useRef<HTMLDivElement>(null);
  const [canStore] = useState(canStoreOutOfRendering);
  useEffect(() => (ahead && canStore ? afterNextPaint(() => slot.current && computeStoredLayout(slot.current)) : undefined), [ahead, canStore]);
  return (
    <div ref={slot} className={ahead ? 'wizard-step-slot--ahead' : undefined} aria-hidden={ahead || undefined} inert={(ahead && !canStore) || undefined}>
      {children}
    </div>
  );
}

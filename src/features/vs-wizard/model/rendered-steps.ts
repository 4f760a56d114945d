import type { StepPresence } from '@/components/wizard';
import type { StepId } from './wizard-steps';

/**
 * The steps the wizard keeps rendered, in order: the one shown; the ones shown before, hidden with their state,
 * so Back reveals them as they were; and the one after the shown one once its code is in, rendered hidden
 * ahead of time, so Next only reveals it. A step whose code is not in is rendered only when shown (it then
 * shows its loading state).
 */
export function renderedSteps(order: readonly StepId[], active: StepId, shownBefore: ReadonlySet<StepId>, codeLoaded: (step: StepId) => boolean): StepId[] {
  const next = order[order.indexOf(active) + 1];
  return order.filter((step) => step === active || (codeLoaded(step) && (shownBefore.has(step) || step === next)));
}

/** How `step` is in the page (see `StepPresence`): the step prepared ahead is the one after the active step. */
export function stepPresence(order: readonly StepId[], step: StepId, active: StepId, prepared: StepId | undefined): StepPresence {
  if (step === active) return 'shown';
  return step === prepared && order.indexOf(step) === order.indexOf(active) + 1 ? 'ahead' : 'kept';
}

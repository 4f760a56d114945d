import { lazyPart, type LazyPart } from '@/components/lazy-part';
import type { StepId } from './model/wizard-steps';

/**
 * The parts of the wizard its first render does not need, each in its own chunk: the later steps, the
 * profile editor and the save dialogs. They are fetched on the admin's intent (see `prefetchAhead`).
 */
export const PoliciesStep = lazyPart(() => import('./steps/PoliciesStep'), (m) => m.PoliciesStep);
export const AnalyticsStep = lazyPart(() => import('./steps/AnalyticsStep'), (m) => m.AnalyticsStep);
export const AdvancedStep = lazyPart(() => import('./steps/AdvancedStep'), (m) => m.AdvancedStep);
export const ReviewStep = lazyPart(() => import('./steps/ReviewStep'), (m) => m.ReviewStep);
export const WizardProfileEditor = lazyPart(() => import('./profile/WizardProfileEditor'), (m) => m.WizardProfileEditor);
export const SaveFailureDialog = lazyPart(() => import('./save/SaveFailureDialog'), (m) => m.SaveFailureDialog);
export const ConcurrentChangeDialog = lazyPart(() => import('./save/ConcurrentChangeDialog'), (m) => m.ConcurrentChangeDialog);

const laterSteps: Partial<Record<StepId, LazyPart<object>>> = { policies: PoliciesStep, analytics: AnalyticsStep, advanced: AdvancedStep, review: ReviewStep };

/**
 * Resolves when `step` can render at once (its code is in, or failed to load and will say so), so that the
 * wizard moves there and focuses its heading or field in one go rather than onto a loading state.
 */
export function stepReady(step: StepId): Promise<void> | undefined {
  const part = laterSteps[step];
  return part && !part.isLoaded() ? part.preload().catch(() => undefined) : undefined;
}

/** Whether `step` can render without waiting for its code. */
export function stepLoaded(step: StepId): boolean {
  return laterSteps[step]?.isLoaded() ?? true;
}

/**
 * Fetches the step after `step`, so that Next shows it without waiting for its code. Resolves when that code
 * is in (never rejects: a failure shows when the step renders).
 */
export function prefetchStepAfter(order: readonly StepId[], step: StepId): Promise<void> {
  const next = order[order.indexOf(step) + 1];
  const part = next ? laterSteps[next] : undefined;
  return part ? part.preload().catch(() => undefined) : Promise.resolve();
}

import { lazyPart, type LazyPart } from '@/components/lazy-part';
import type { StepId } from './model/wizard-steps';

/**
 * The parts of the wizard its first render does not need, each in its own chunk: the later steps, the
 * profile editor and the save dialogs. The wizard fetches them ahead once a step has painted, when the admin is
 * not typing.
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
 * Starts loading `step`'s code if it is not in; resolves when the step can render at once (its code is in, or
 * failed to load and will say so). The wizard moves to a step and focuses its heading or field in one go
 * rather than onto a loading state, and renders the next step ahead once this resolves.
 */
export function stepReady(step: StepId): Promise<void> | undefined {
  const part = laterSteps[step];
  return part && !part.isLoaded() ? part.preload().catch(() => undefined) : undefined;
}

/** Whether `step` can render without waiting for its code. */
export function stepLoaded(step: StepId): boolean {
  return laterSteps[step]?.isLoaded() ?? true;
}

import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { wizardSchema, type WizardValues } from './wizard-schema';

type StepRoot = keyof typeof wizardSchema.shape;

const wholeForm = zodResolver(wizardSchema) as Resolver<WizardValues>;
const stepOnly = Object.fromEntries(
  (Object.keys(wizardSchema.shape) as StepRoot[]).map((root) => [root, zodResolver(z.object({ [root]: wizardSchema.shape[root] })) as unknown as Resolver<WizardValues>]),
) as Record<StepRoot, Resolver<WizardValues>>;

const isStepRoot = (name: string): name is StepRoot => Object.hasOwn(wizardSchema.shape, name);

/**
 * The form's validation: zod and the wizard's schema, in a chunk of their own (see `wizard-resolver`).
 * The steps' schemas do not refer to each other, so checking fields of one step (a blur, a keystroke after
 * one, Next) parses that step's schema only; Save and anything spanning steps parse the whole form.
 */
export const wizardValidation: Resolver<WizardValues> = (values, context, options) => {
  const roots = new Set((options.names ?? []).map((name) => name.split('.')[0] ?? ''));
  const [root] = roots;
  return roots.size === 1 && root !== undefined && isStepRoot(root) ? stepOnly[root](values, context, options) : wholeForm(values, context, options);
};

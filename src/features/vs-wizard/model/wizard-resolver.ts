import type { Resolver } from 'react-hook-form';
import { loadOnce } from '@/components/lazy-part';
import type { WizardValues } from './wizard-schema';

/** Starts loading the form's validation; a failed load is tried again on the next call. */
export const loadWizardValidation = loadOnce(
  () => import('./wizard-validation'),
  (module) => module.wizardValidation as Resolver<WizardValues>,
);

/**
 * The wizard form's resolver. Nothing is validated before the first blur, Next or Save, so zod and the
 * schema are not part of the wizard's first render: they load on the admin's first input.
 */
export const wizardResolver: Resolver<WizardValues> = async (values, context, options) => (await loadWizardValidation())(values, context, options);

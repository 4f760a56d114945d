import type { Resolver } from 'react-hook-form';
import type { WizardValues } from './wizard-schema';

let loading: Promise<Resolver<WizardValues>> | undefined;

/** Starts loading the form's validation; a failed load is tried again on the next call. */
export function loadWizardValidation(): Promise<Resolver<WizardValues>> {
  loading ??= import('./wizard-validation').then(
    (module) => module.wizardValidation as Resolver<WizardValues>,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The wizard form's resolver. Nothing is validated before the first blur, Next or Save, so zod and the
 * schema are not part of the wizard's first render: they load on the admin's first input.
 */
export const wizardResolver: Resolver<WizardValues> = async (values, context, options) => (await loadWizardValidation())(values, context, options);

import type { WizardValues } from './wizard-schema';

/** Refs of the default objects by name (empty where a controller has no such object). */
export interface CreateDefaults {
  applicationProfileRef: string;
  networkProfileRef: string;
  analyticsProfileRef: string;
  seGroupRef: string;
}

export type DefaultRefPath = 'settings.applicationProfileRef' | 'settings.networkProfileRef' | 'analytics.analyticsProfileRef' | 'advanced.seGroupRef';

const refOf = (values: WizardValues): Record<DefaultRefPath, string> => ({
  'settings.applicationProfileRef': values.settings.applicationProfileRef,
  'settings.networkProfileRef': values.settings.networkProfileRef,
  'analytics.analyticsProfileRef': values.analytics.analyticsProfileRef,
  'advanced.seGroupRef': values.advanced.seGroupRef,
});

function withRef(values: WizardValues, path: DefaultRefPath, ref: string): WizardValues {
  switch (path) {
    case 'settings.applicationProfileRef':
      return { ...values, settings: { ...values.settings, applicationProfileRef: ref } };
    case 'settings.networkProfileRef':
      return { ...values, settings: { ...values.settings, networkProfileRef: ref } };
    case 'analytics.analyticsProfileRef':
      return { ...values, analytics: { ...values.analytics, analyticsProfileRef: ref } };
    case 'advanced.seGroupRef':
      return { ...values, advanced: { ...values.advanced, seGroupRef: ref } };
  }
}

/**
 * The wizard opens before the default objects are known. When they arrive they fill the refs the wizard
 * opened without, where the admin has not chosen one since; whatever the admin typed or picked stays.
 * Returns the fields to set and the pristine values with the defaults in, or undefined if nothing changes.
 */
export function lateDefaults(
  values: WizardValues,
  pristine: WizardValues,
  defaults: CreateDefaults,
): { fill: [DefaultRefPath, string][]; pristine: WizardValues } | undefined {
  const current = refOf(values);
  const opened = refOf(pristine);
  const wanted: Record<DefaultRefPath, string> = {
    'settings.applicationProfileRef': defaults.applicationProfileRef,
    'settings.networkProfileRef': defaults.networkProfileRef,
    'analytics.analyticsProfileRef': defaults.analyticsProfileRef,
    'advanced.seGroupRef': defaults.seGroupRef,
  };
  const fill = (Object.keys(wanted) as DefaultRefPath[]).filter((path) => wanted[path] !== '' && opened[path] === '' && current[path] === '').map((path): [DefaultRefPath, string] => [path, wanted[path]]);
  if (fill.length === 0) return undefined;
  return { fill, pristine: fill.reduce((next, [path, ref]) => withRef(next, path, ref), pristine) };
}

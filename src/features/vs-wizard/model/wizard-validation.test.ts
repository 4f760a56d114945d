import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { webPool, webVip, webVs } from './__fixtures__/objects';
import { virtualServiceToForm } from './virtual-service-form';
import { wizardValidation } from './wizard-validation';
import type { WizardValues } from './wizard-schema';

/** Valid values with one error on Settings (no name) and one on Advanced (a bad SNAT address). */
function twoStepsWrong(): WizardValues {
  const values = virtualServiceToForm({ virtualService: webVs, pool: webPool, vsVip: webVip });
  values.settings.name = '';
  values.advanced.snatIps = '10.10.40.300';
  return values;
}

const options = (names?: string[]) => ({ names, fields: {}, shouldUseNativeValidation: false }) as unknown as ResolverOptions<WizardValues>;
const errorsOf = async (names?: string[]) => (await wizardValidation(twoStepsWrong(), undefined, options(names))).errors as FieldErrors<WizardValues>;

describe('wizard validation', () => {
  it('checks a step on its own: Next on Settings reports its errors, not those of later steps', async () => {
    const errors = await errorsOf(['settings']);
    expect(errors.settings?.name?.message).toBeTruthy();
    expect(errors.advanced).toBeUndefined();
  });

  it('reports the same message for a field as the whole form does', async () => {
    const field = await errorsOf(['settings.name']);
    const whole = await errorsOf();
    expect(field.settings?.name?.message).toBe(whole.settings?.name?.message);
    expect(whole.advanced?.snatIps?.message).toBeTruthy();
  });

  it('checks the whole form on Save and when the fields span steps', async () => {
    expect(Object.keys(await errorsOf()).sort()).toEqual(['advanced', 'settings']);
    expect(Object.keys(await errorsOf(['settings.name', 'advanced.snatIps'])).sort()).toEqual(['advanced', 'settings']);
  });

  it('returns the parsed values of the whole form when it is valid', async () => {
    const values = virtualServiceToForm({ virtualService: webVs, pool: webPool, vsVip: webVip });
    const result = await wizardValidation(values, undefined, options());
    expect(result.errors).toEqual({});
    expect(Object.keys(result.values).sort()).toEqual(['advanced', 'analytics', 'policies', 'settings']);
  });
});

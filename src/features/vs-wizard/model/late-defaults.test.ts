import { describe, expect, it } from 'vitest';
import { blankWizardValues } from './blank-values';
import { lateDefaults } from './late-defaults';

const defaults = {
  applicationProfileRef: '/api/applicationprofile/http',
  networkProfileRef: '/api/networkprofile/tcp',
  analyticsProfileRef: '',
  seGroupRef: '/api/serviceenginegroup/default',
};

describe('lateDefaults', () => {
  it('fills the refs the wizard opened without, and counts them as the starting point', () => {
    const blank = blankWizardValues();
    const typed = { ...blank, settings: { ...blank.settings, name: 'shop' } };
    const result = lateDefaults(typed, blank, defaults);
    expect(result?.fill).toEqual([
      ['settings.applicationProfileRef', '/api/applicationprofile/http'],
      ['settings.networkProfileRef', '/api/networkprofile/tcp'],
      ['advanced.seGroupRef', '/api/serviceenginegroup/default'],
    ]);
    expect(result?.pristine.settings.applicationProfileRef).toBe('/api/applicationprofile/http');
    expect(result?.pristine.settings.name).toBe('');
  });

  it('keeps a ref the admin picked before the defaults arrived', () => {
    const blank = blankWizardValues();
    const picked = { ...blank, settings: { ...blank.settings, applicationProfileRef: '/api/applicationprofile/l4' } };
    expect(lateDefaults(picked, blank, defaults)?.fill.map(([path]) => path)).not.toContain('settings.applicationProfileRef');
  });

  it('changes nothing once the wizard opened with defaults (a stored draft)', () => {
    const opened = lateDefaults(blankWizardValues(), blankWizardValues(), defaults)!.pristine;
    const chosenControllerDefault = { ...opened, settings: { ...opened.settings, networkProfileRef: '' } };
    expect(lateDefaults(chosenControllerDefault, opened, defaults)).toBeUndefined();
  });
});

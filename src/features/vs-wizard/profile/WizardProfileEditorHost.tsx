import { memo, useCallback } from 'react';
import { useFormContext, type UseFormGetValues } from 'react-hook-form';
import { LazyPartBoundary } from '@/components/lazy-part';
import { jsonEqual } from '@/components/object-form/field-edits';
import { refUuid } from '@/domain/model';
import { useFormValuesAfterPause } from '../form-values-after-pause';
import type { WizardValues } from '../model/wizard-schema';
import { WizardProfileEditor } from '../wizard-parts';
import type { WizardProfileEditorProps } from './WizardProfileEditor';

interface WizardProfileEditorHostProps extends Omit<WizardProfileEditorProps, 'mode' | 'presence' | 'values'> {
  /** The editor the admin opened, if any. */
  open: 'edit' | 'create' | undefined;
  /**
   * While none is open, render the chosen profile's editor ahead, out of sight, so that it opens at once. The
   * wizard turns it off when an editor closes: the next opening starts from a new one.
   */
  prepare: boolean;
}

/** A copy (see `useFormValuesAfterPause`). */
const readValues = (getValues: UseFormGetValues<WizardValues>): WizardValues => structuredClone(getValues());

/**
 * Where the wizard's profile editor lives: the one the admin opened, or the chosen profile's, prepared ahead.
 * Memoised, with props that stay the same while nothing of the editor changes, so that a step change does not
 * render the prepared editor again. Opening it reads the wizard's values as they are: when they are those it
 * was prepared with, the editor only becomes visible.
 */
export const WizardProfileEditorHost = memo(function WizardProfileEditorHost({ open, prepare, ...editorProps }: WizardProfileEditorHostProps) {
  const { getValues } = useFormContext<WizardValues>();
  // For a prepared editor, the wizard's values follow when the admin pauses and the page is idle.
  const followed = useFormValuesAfterPause(useCallback(() => readValues(getValues), [getValues]), undefined, { follow: prepare && !open, whenIdle: true });
  const now = open ? readValues(getValues) : followed;
  const values = jsonEqual(now, followed) ? followed : now;
  const profileUuid = refUuid(values.settings.applicationProfileRef);
  const mode = open ?? (prepare && profileUuid ? 'edit' : undefined);
  if (!mode) return null;
  return (
    <LazyPartBoundary what="the application profile editor" part={WizardProfileEditor}>
      <WizardProfileEditor
        key={`${mode}-${mode === 'edit' ? profileUuid : ''}`}
        mode={mode}
        presence={open ? 'shown' : 'ahead'}
        values={values}
        {...editorProps}
      />
    </LazyPartBoundary>
  );
});

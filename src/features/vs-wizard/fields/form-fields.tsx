import type { ReactNode } from 'react';
import { Controller, get, useFormContext, useFormState, type FieldError, type FieldPath } from 'react-hook-form';
import { Checkbox, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import { sameRef } from '@/domain/model';
import type { WizardValues } from '../model/wizard-schema';
import { fieldDomId, fieldHelpId } from './field-ids';

type Path = FieldPath<WizardValues>;

/** Joins the ids that describe a control; undefined when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

interface HelpProps {
  path: string;
  help?: ReactNode;
  error?: string | undefined;
}

/** Helper text and the field's error, each with the id its control refers to. */
export function FieldHelp({ path, help, error }: HelpProps) {
  if (!help && !error) return null;
  return (
    <FormHelperText>
      <HelperText>
        {error && (
          <HelperTextItem variant="error" id={fieldHelpId(path, 'error')}>
            {error}
          </HelperTextItem>
        )}
        {help && <HelperTextItem id={fieldHelpId(path, 'help')}>{help}</HelperTextItem>}
      </HelperText>
    </FormHelperText>
  );
}

interface TextFieldProps {
  name: Path;
  label: string;
  help?: ReactNode;
  isRequired?: boolean;
  placeholder?: string;
  type?: 'text' | 'number';
  isDisabled?: boolean;
  /** Id of the element saying why the field is disabled or refused (rule reason). */
  reasonId?: string | undefined;
  /** Shown as the label, visually; `label` stays the accessible name. */
  inputMode?: 'numeric' | 'text' | 'decimal';
  className?: string;
  /** Without the FormGroup label (inside a table row): the label becomes `aria-label`. */
  bare?: boolean;
}

/** The field's own error, subscribed to by itself: validation elsewhere in the form does not re-render it. */
function useFieldError(name: Path): string | undefined {
  const { control } = useFormContext<WizardValues>();
  const { errors } = useFormState({ control, name, exact: true });
  return (get(errors, name) as FieldError | undefined)?.message;
}

/**
 * A text input registered with the form (uncontrolled): a keystroke updates the form's value without a React
 * render; only the field's error and the components watching the value re-render.
 */
export function TextField({ name, label, help, isRequired, placeholder, isDisabled, reasonId, inputMode, className, bare }: TextFieldProps) {
  const { register } = useFormContext<WizardValues>();
  const error = useFieldError(name);
  const { ref, onChange, onBlur } = register(name);
  const input = (
    <TextInput
      id={fieldDomId(name)}
      ref={ref}
      name={name}
      onChange={(event) => void onChange(event)}
      onBlur={(event) => void onBlur(event)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      placeholder={placeholder}
      inputMode={inputMode}
      validated={error ? 'error' : 'default'}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(error && fieldHelpId(name, 'error'), help !== undefined && fieldHelpId(name, 'help'), reasonId)}
      {...(bare ? { 'aria-label': label } : {})}
    />
  );
  if (bare) {
    return (
      <div className={className}>
        {input}
        <FieldHelp path={name} error={error} help={help} />
      </div>
    );
  }
  return (
    <FormGroup label={label} fieldId={fieldDomId(name)} isRequired={isRequired} className={className}>
      {input}
      <FieldHelp path={name} error={error} help={help} />
    </FormGroup>
  );
}

interface CheckboxFieldProps {
  name: Path;
  label: string;
  help?: ReactNode;
  isDisabled?: boolean;
  reasonId?: string | undefined;
  /** Rendered right below the checkbox (e.g. its disabled reason). */
  children?: ReactNode;
}

export function CheckboxField({ name, label, help, isDisabled, reasonId, children }: CheckboxFieldProps) {
  const { control } = useFormContext<WizardValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = fieldState.error?.message;
        return (
          <div className="vs-wizard-check">
            <Checkbox
              id={fieldDomId(name)}
              ref={field.ref}
              label={label}
              isChecked={Boolean(field.value)}
              onChange={(_event, checked) => field.onChange(checked)}
              onBlur={field.onBlur}
              isDisabled={isDisabled}
              aria-describedby={describedBy(error && fieldHelpId(name, 'error'), help !== undefined && fieldHelpId(name, 'help'), reasonId)}
            />
            <div className="vs-wizard-check__below">
              <FieldHelp path={name} error={error} help={help} />
              {children}
            </div>
          </div>
        );
      }}
    />
  );
}

export interface SelectChoice {
  value: string;
  label: string;
  isDisabled?: boolean;
}

interface SelectFieldProps {
  name: Path;
  label: string;
  options: readonly SelectChoice[];
  help?: ReactNode;
  isRequired?: boolean;
  /** Label of the empty choice; without it the field always holds one of the options. */
  emptyLabel?: string;
  isDisabled?: boolean;
  /** Shown while the options load. */
  isLoading?: boolean;
}

/** A native select over a small collection: keyboard and screen readers handle it natively. */
export function SelectField({ name, label, options, help, isRequired, emptyLabel, isDisabled, isLoading }: SelectFieldProps) {
  const { control } = useFormContext<WizardValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = fieldState.error?.message;
        const stored = String(field.value ?? '');
        const match = options.find((o) => o.value === stored || sameRef(o.value, stored));
        const value = match?.value ?? stored;
        const known = value === '' || match !== undefined;
        return (
          <FormGroup label={label} fieldId={fieldDomId(name)} isRequired={isRequired}>
            <FormSelect
              id={fieldDomId(name)}
              ref={field.ref}
              value={value}
              onChange={(_event, next) => field.onChange(next)}
              onBlur={field.onBlur}
              isDisabled={isDisabled}
              validated={error ? 'error' : 'default'}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(error && fieldHelpId(name, 'error'), help !== undefined && fieldHelpId(name, 'help'))}
            >
              {emptyLabel !== undefined && <FormSelectOption value="" label={emptyLabel} />}
              {!known && <FormSelectOption value={value} label={isLoading ? 'Loading…' : value.replace(/^https?:\/\/[^/]+/, '')} />}
              {options.map((option) => (
                <FormSelectOption key={option.value} value={option.value} label={option.label} isDisabled={option.isDisabled} />
              ))}
            </FormSelect>
            <FieldHelp path={name} error={error} help={help} />
          </FormGroup>
        );
      }}
    />
  );
}

import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { SelectOption } from '@patternfly/react-core';
import { optionDomId, type PickerOption } from './picker-option';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement>;
const describedButtons = new Map<string, ReturnType<typeof forwardRef<HTMLButtonElement, ButtonProps>>>();

/**
 * The option's own element (role=option), with `aria-describedby` pointing at its reason. PatternFly only
 * sets `aria-disabled` on its own button, so this one sets it too.
 */
function describedButton(describedBy: string, disabled: boolean) {
  const key = `${describedBy}|${disabled}`;
  let component = describedButtons.get(key);
  if (!component) {
    component = forwardRef<HTMLButtonElement, ButtonProps>(function DescribedOption(props, ref) {
      return <button type="button" {...props} ref={ref} aria-describedby={describedBy} aria-disabled={disabled || undefined} />;
    });
    describedButtons.set(key, component);
  }
  return component;
}

export function renderPickerOption(listId: string, option: PickerOption, isFocused = false) {
  const id = optionDomId(listId, option.value);
  const reasonId = `${id}-reason`;
  const description =
    option.reason !== undefined ? (
      <>
        {option.description && <span className="vs-wizard-option__description">{option.description}</span>}
        <span id={reasonId} className="vs-wizard-option__reason">
          {option.reason}
        </span>
      </>
    ) : (
      option.description
    );
  return (
    <SelectOption
      key={option.value}
      id={id}
      value={option.value}
      isAriaDisabled={option.disabled}
      isFocused={isFocused}
      description={description}
      {...(option.reason !== undefined ? { component: describedButton(reasonId, Boolean(option.disabled)) } : {})}
    >
      {option.label}
    </SelectOption>
  );
}

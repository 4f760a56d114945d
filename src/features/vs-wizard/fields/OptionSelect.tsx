import { useState } from 'react';
import { MenuToggle, Select, SelectList, type MenuToggleElement } from '@patternfly/react-core';
import { renderPickerOption, type PickerOption } from './select-option';

interface OptionSelectProps {
  /** Id of the toggle. The field's label text must carry the id `<id>-label`. */
  id: string;
  value: string;
  options: readonly PickerOption[];
  placeholder: string;
  onChange(value: string): void;
  /** Text of the selected value when it is not among the options (still loading, or an unknown ref). */
  selectedLabel?: string | undefined;
  ariaDescribedBy?: string | undefined;
  isInvalid?: boolean;
  isDisabled?: boolean;
}

/** A single-choice picker for a small collection whose choices can be disabled with a reason. */
export function OptionSelect({ id, value, options, placeholder, onChange, selectedLabel, ariaDescribedBy, isInvalid, isDisabled }: OptionSelectProps) {
  const [open, setOpen] = useState(false);
  const selected = options.find((o) => o.value === value);
  const listId = `${id}-listbox`;
  return (
    <Select
      isOpen={open}
      selected={value}
      onSelect={(_event, next) => {
        if (typeof next === 'string') onChange(next);
        setOpen(false);
      }}
      onOpenChange={setOpen}
      shouldFocusToggleOnSelect
      isScrollable
      toggle={(ref: React.Ref<MenuToggleElement>) => (
        <MenuToggle
          ref={ref}
          id={id}
          isFullWidth
          isExpanded={open}
          isDisabled={isDisabled}
          onClick={() => setOpen((o) => !o)}
          aria-labelledby={`${id}-label ${id}`}
          aria-describedby={ariaDescribedBy}
          aria-invalid={isInvalid || undefined}
          status={isInvalid ? 'danger' : undefined}
          isPlaceholder={!selected && !selectedLabel}
        >
          {selected?.label ?? selectedLabel ?? placeholder}
        </MenuToggle>
      )}
    >
      <SelectList id={listId} aria-label={placeholder}>
        {options.map((option) => renderPickerOption(listId, option))}
      </SelectList>
    </Select>
  );
}

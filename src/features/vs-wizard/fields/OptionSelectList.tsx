import { Select, SelectList } from '@patternfly/react-core';
import type { MenuPopupProps } from '@/components/menus';
import type { PickerOption } from './picker-option';
import { renderPickerOption } from './select-option';

export interface OptionSelectListProps {
  listId: string;
  value: string;
  options: readonly PickerOption[];
  /** The list's accessible name. */
  label: string;
  onChange(value: string): void;
}

/** The choices of an OptionSelect, loaded on its first open or on intent. */
export default function OptionSelectList({ listId, value, options, label, onChange, toggleRef, isOpen, setIsOpen }: OptionSelectListProps & MenuPopupProps) {
  return (
    <Select
      isOpen={isOpen}
      selected={value}
      onSelect={(_event, next) => {
        if (typeof next === 'string') onChange(next);
        setIsOpen(false);
      }}
      onOpenChange={setIsOpen}
      shouldFocusToggleOnSelect
      isScrollable
      toggle={{ toggleRef, toggleNode: null }}
    >
      <SelectList id={listId} aria-label={label}>
        {options.map((option) => renderPickerOption(listId, option))}
      </SelectList>
    </Select>
  );
}

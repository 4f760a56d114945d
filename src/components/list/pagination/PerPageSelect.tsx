import { Select, SelectList, SelectOption } from '@patternfly/react-core';
import type { MenuPopupProps } from '@/components/menus';

export interface PerPageSelectProps {
  options: readonly number[];
  perPage: number;
  direction: 'up' | 'down';
  onSetPerPage(perPage: number): void;
}

/** The per-page options of a pagination ("25 per page"), loaded on first open. */
export default function PerPageSelect({ options, perPage, direction, onSetPerPage, toggleRef, isOpen, setIsOpen }: PerPageSelectProps & MenuPopupProps) {
  return (
    <Select
      isOpen={isOpen}
      shouldFocusFirstItemOnOpen
      shouldFocusToggleOnSelect
      selected={perPage}
      onOpenChange={setIsOpen}
      onSelect={(_event, value) => {
        setIsOpen(false);
        if (typeof value === 'number' && value !== perPage) onSetPerPage(value);
      }}
      popperProps={{ direction, minWidth: 'revert' }}
      toggle={{ toggleRef, toggleNode: null }}
    >
      <SelectList>
        {options.map((option) => (
          <SelectOption key={option} value={option} data-action={`per-page-${option}`}>
            {option} per page
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
}

import type { ReactNode, RefObject } from 'react';
import { MenuFooter, Select, SelectList, SelectOption, Spinner } from '@patternfly/react-core';
import type { PickerOption } from './picker-option';
import { renderPickerOption } from './select-option';

export interface SearchSelectListProps {
  /** The typeahead toggle: the list is positioned against it. */
  toggleRef: RefObject<HTMLDivElement | null>;
  isOpen: boolean;
  listId: string;
  value: string;
  options: readonly PickerOption[];
  focused: number | null;
  isLoading: boolean;
  /** What is typed, for "Nothing matches". */
  text: string | undefined;
  /** The list's accessible name. */
  label: string;
  footer?: ReactNode;
  onChoose(value: string): void;
  onOpen(): void;
  onClose(): void;
}

/** The choices of a SearchSelect, loaded on its first open or on intent; the typeahead input stays the SearchSelect's. */
export default function SearchSelectList({ toggleRef, isOpen, listId, value, options, focused, isLoading, text, label, footer, onChoose, onOpen, onClose }: SearchSelectListProps) {
  return (
    <Select
      isOpen={isOpen}
      selected={value}
      onSelect={(_event, next) => typeof next === 'string' && onChoose(next)}
      onOpenChange={(open) => (open ? onOpen() : onClose())}
      isScrollable
      toggle={{ toggleRef: toggleRef as unknown as RefObject<HTMLButtonElement | null>, toggleNode: null }}
    >
      <SelectList id={listId} aria-label={label}>
        {isLoading && options.length === 0 ? (
          <SelectOption value="__loading" isAriaDisabled>
            <Spinner size="sm" aria-hidden /> Searching…
          </SelectOption>
        ) : options.length === 0 ? (
          <SelectOption value="__none" isAriaDisabled>
            {text ? `Nothing matches "${text}"` : 'Nothing to choose from'}
          </SelectOption>
        ) : (
          options.map((option, index) => renderPickerOption(listId, option, focused === index))
        )}
      </SelectList>
      {footer && <MenuFooter>{footer}</MenuFooter>}
    </Select>
  );
}

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  Button,
  MenuFooter,
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  Spinner,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
  type MenuToggleElement,
} from '@patternfly/react-core';
import TimesIcon from '@patternfly/react-icons/dist/esm/icons/times-icon';
import { optionDomId, renderPickerOption, type PickerOption } from './select-option';

interface SearchSelectProps {
  /** Id of the text input. The field's label text must carry the id `<id>-label`. */
  id: string;
  value: string;
  /** What the input shows for the chosen value. */
  selectedLabel: string;
  /** Options for the current search text (searched by the controller). */
  options: readonly PickerOption[];
  isLoading: boolean;
  /** Called with the text typed; the caller debounces and queries the controller. */
  onSearch(text: string): void;
  onChange(value: string): void;
  placeholder: string;
  /** Below the options, e.g. "20 of 512 shown: type to narrow the list". */
  footer?: ReactNode;
  ariaDescribedBy?: string | undefined;
  isInvalid?: boolean;
}

/** A typeahead picker over a collection too large to load: the controller filters by what is typed. */
export function SearchSelect({ id, value, selectedLabel, options, isLoading, onSearch, onChange, placeholder, footer, ariaDescribedBy, isInvalid }: SearchSelectProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | undefined>(undefined);
  const [focusedRaw, setFocused] = useState<number | null>(null);
  const focused = focusedRaw !== null && focusedRaw < options.length ? focusedRaw : null;
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-listbox`;
  const enabled = options.filter((o) => !o.disabled);

  const close = () => {
    setOpen(false);
    setText(undefined);
    setFocused(null);
    onSearch('');
  };
  const choose = (next: string) => {
    const option = options.find((o) => o.value === next);
    if (!option || option.disabled) return;
    onChange(next);
    close();
  };
  const move = (step: 1 | -1) => {
    if (!open) setOpen(true);
    if (options.length === 0) return;
    let index = focused ?? (step === 1 ? -1 : 0);
    index = (index + step + options.length) % options.length;
    setFocused(index);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          break;
        }
        const target = focused !== null ? options[focused] : enabled.length === 1 ? enabled[0] : undefined;
        if (target) choose(target.value);
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
      case 'Tab':
        if (open) close();
        break;
      default:
        break;
    }
  };
  const activeId = open && focused !== null && options[focused] ? optionDomId(listId, options[focused]!.value) : undefined;

  return (
    <Select
      isOpen={open}
      selected={value}
      onSelect={(_event, next) => typeof next === 'string' && choose(next)}
      onOpenChange={(isOpen) => (isOpen ? setOpen(true) : close())}
      isScrollable
      toggle={(ref: React.Ref<MenuToggleElement>) => (
        <MenuToggle ref={ref} variant="typeahead" isFullWidth isExpanded={open} onClick={() => setOpen((o) => !o)} status={isInvalid ? 'danger' : undefined} aria-label={`${placeholder}: show choices`}>
          <TextInputGroup isPlain>
            <TextInputGroupMain
              inputId={id}
              value={text ?? selectedLabel}
              placeholder={placeholder}
              autoComplete="off"
              innerRef={inputRef}
              role="combobox"
              isExpanded={open}
              aria-controls={listId}
              {...(activeId ? { 'aria-activedescendant': activeId } : {})}
              inputProps={{ 'aria-labelledby': `${id}-label`, 'aria-describedby': ariaDescribedBy, 'aria-invalid': isInvalid || undefined, 'aria-autocomplete': 'list' }}
              onClick={() => setOpen(true)}
              onChange={(_event, next) => {
                setText(next);
                setFocused(null);
                setOpen(true);
                onSearch(next);
              }}
              onKeyDown={onKeyDown}
            />
            <TextInputGroupUtilities {...(text === undefined || text === '' ? { style: { display: 'none' } } : {})}>
              <Button
                variant="plain"
                aria-label="Clear the search text"
                onClick={() => {
                  setText('');
                  onSearch('');
                  inputRef.current?.focus();
                }}
                icon={<TimesIcon />}
              />
            </TextInputGroupUtilities>
          </TextInputGroup>
        </MenuToggle>
      )}
    >
      <SelectList id={listId} aria-label={placeholder}>
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

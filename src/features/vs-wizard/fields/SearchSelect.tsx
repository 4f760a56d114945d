import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, TextInputGroup, TextInputGroupMain, TextInputGroupUtilities } from '@patternfly/react-core';
import { css } from '@patternfly/react-styles';
import toggleStyles from '@patternfly/react-styles/css/components/MenuToggle/menu-toggle';
import TimesIcon from '@patternfly/react-icons/dist/esm/icons/times-icon';
import { lazyPopup, MenuToggleControls, menuToggleClass, useLazyPopupSlot } from '@/components/menus';
import { optionDomId, type PickerOption } from './picker-option';

const Choices = lazyPopup(() => import('./SearchSelectList'));

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

/**
 * A typeahead picker over a collection too large to load: the controller filters by what is typed. The input is
 * PatternFly's typeahead MenuToggle markup and keeps what is typed; the list (PatternFly's Select) loads on the
 * first open or on intent.
 */
export function SearchSelect({ id, value, selectedLabel, options, isLoading, onSearch, onChange, placeholder, footer, ariaDescribedBy, isInvalid }: SearchSelectProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | undefined>(undefined);
  const [focusedRaw, setFocused] = useState<number | null>(null);
  const focused = focusedRaw !== null && focusedRaw < options.length ? focusedRaw : null;
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLDivElement>(null);
  const { arm, slot } = useLazyPopupSlot(Choices);
  const listId = `${id}-listbox`;
  const enabled = options.filter((o) => !o.disabled);

  const show = () => {
    if (open) return;
    arm();
    setOpen(true);
  };
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
    if (!open) show();
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
          show();
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

  const status = isInvalid ? 'danger' : undefined;

  return (
    <>
      <div ref={toggleRef} className={css(menuToggleClass({ isExpanded: open, isFullWidth: true, status }), toggleStyles.modifiers.typeahead)} onPointerEnter={Choices.prefetch} onFocus={Choices.prefetch}>
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
            onClick={show}
            onChange={(_event, next) => {
              setText(next);
              setFocused(null);
              show();
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
        <button type="button" className={toggleStyles.menuToggleButton} aria-expanded={open} aria-label={`${placeholder}: show choices`} tabIndex={-1} onClick={() => (open ? close() : show())}>
          <MenuToggleControls status={status} />
        </button>
      </div>
      {slot(
        open,
        toggleRef,
        <Choices
          toggleRef={toggleRef}
          isOpen={open}
          listId={listId}
          value={value}
          options={options}
          focused={focused}
          isLoading={isLoading}
          text={text}
          label={placeholder}
          footer={footer}
          onChoose={choose}
          onOpen={show}
          onClose={close}
        />,
        'listbox',
      )}
    </>
  );
}

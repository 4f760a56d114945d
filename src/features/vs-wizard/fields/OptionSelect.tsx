import { lazyMenu } from '@/components/menus';
import type { PickerOption } from './picker-option';

const OptionSelectMenu = lazyMenu(() => import('./OptionSelectList'));

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

/**
 * A single-choice picker for a small collection whose choices can be disabled with a reason. The toggle is
 * PatternFly's MenuToggle markup; the list (PatternFly's Select) loads on the first open or on intent.
 */
export function OptionSelect({ id, value, options, placeholder, onChange, selectedLabel, ariaDescribedBy, isInvalid, isDisabled }: OptionSelectProps) {
  const selected = options.find((o) => o.value === value);
  return (
    <OptionSelectMenu
      popup="listbox"
      toggle={{
        id,
        isFullWidth: true,
        isDisabled,
        'aria-labelledby': `${id}-label ${id}`,
        'aria-describedby': ariaDescribedBy,
        'aria-invalid': isInvalid || undefined,
        status: isInvalid ? 'danger' : undefined,
        isPlaceholder: !selected && !selectedLabel,
        children: selected?.label ?? selectedLabel ?? placeholder,
      }}
      menu={{ listId: `${id}-listbox`, value, options, label: placeholder, onChange }}
    />
  );
}

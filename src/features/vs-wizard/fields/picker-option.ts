import type { ReactNode } from 'react';

/** One choice of a picker. A disabled choice carries the reason, shown in it and given as its accessible description. */
export interface PickerOption {
  value: string;
  label: string;
  /** Secondary text: type, IP routing state, … */
  description?: ReactNode;
  disabled?: boolean;
  /** Why the option cannot be chosen (rendered inside it, referenced by `aria-describedby`). */
  reason?: ReactNode;
}

export function optionDomId(listId: string, value: string): string {
  return `${listId}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

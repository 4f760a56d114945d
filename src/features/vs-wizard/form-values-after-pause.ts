import { startTransition, useEffect, useState } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { jsonEqual } from '@/components/object-form/field-edits';
import { TYPING_PAUSE_MS, whenTypingPauses } from '@/components/scheduling';
import type { WizardValues } from './model/wizard-schema';

interface AfterPauseOptions {
  /** While false, the value stays as it was last read; turning it on reads it again. */
  follow?: boolean;
  /** Also wait until the page is idle, and update in a render React may interrupt (for work ahead). */
  whenIdle?: boolean;
}

/**
 * `read()` of the wizard's form as it is once the admin pauses, the same object while it reads equal. Subscribed
 * to outside React's rendering, so that a keystroke re-renders its own field and nothing here. `read` must be
 * stable and return a copy: the form changes its values in place, so a kept reference would always equal the
 * latest values. `names` (a constant) limits the fields followed.
 */
export function useFormValuesAfterPause<T>(read: () => T, names?: readonly FieldPath<WizardValues>[], { follow = true, whenIdle = false }: AfterPauseOptions = {}): T {
  const { subscribe } = useFormContext<WizardValues>();
  const [value, setValue] = useState(read);
  useEffect(() => {
    if (!follow) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelWait: (() => void) | undefined;
    const update = () => setValue((current) => {
      const next = read();
      return jsonEqual(current, next) ? current : next;
    });
    const settle = whenIdle ? () => startTransition(update) : update;
    const afterPause = whenIdle ? () => (cancelWait = whenTypingPauses(settle, { waitForIdle: true })) : settle;
    const unsubscribe = subscribe({
      ...(names ? { name: names } : {}),
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        cancelWait?.();
        timer = setTimeout(afterPause, TYPING_PAUSE_MS);
      },
    });
    settle();
    return () => {
      unsubscribe();
      clearTimeout(timer);
      cancelWait?.();
    };
  }, [follow, whenIdle, subscribe, read, names]);
  return value;
}

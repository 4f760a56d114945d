// @vitest-environment happy-dom
import { act } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { WizardValues } from '../model/wizard-schema';
import { mount, type Mounted } from '@/testing/mount';
import { TextField } from './form-fields';

let mounted: Mounted;
const handle: { form?: UseFormReturn<WizardValues> } = {};

function Harness({ shown, onForm }: { shown: boolean; onForm(form: UseFormReturn<WizardValues>): void }) {
  const form = useForm<WizardValues>({ defaultValues: { settings: { name: 'shop', description: '' } } as unknown as WizardValues });
  onForm(form);
  return <FormProvider {...form}>{shown && <TextField name="settings.name" label="Virtual Service Name" isRequired />}</FormProvider>;
}

const harness = (shown: boolean) => <Harness shown={shown} onForm={(form) => (handle.form = form)} />;

function render(shown: boolean) {
  mounted.render(harness(shown));
}

const input = () => mounted.container.querySelector<HTMLInputElement>('#vs-settings-name');

function type(value: string) {
  const element = input()!;
  // The native setter: React's value tracker then sees a change and calls onChange.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, value);
  act(() => void element.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('TextField (registered with the form)', () => {
  it('shows the form value, puts what is typed into the form, and shows it again after being unmounted', () => {
    mounted = mount(harness(true));
    expect(input()!.value).toBe('shop');
    expect(mounted.container.querySelector('label')?.textContent).toContain('Virtual Service Name');

    type('shop-2');
    expect(handle.form!.getValues('settings.name')).toBe('shop-2');

    render(false);
    expect(input()).toBeNull();
    render(true);
    expect(input()!.value).toBe('shop-2');
  });

  it('follows values set by the form, and shows its error with the control described by it', () => {
    mounted = mount(harness(true));
    act(() => handle.form!.setValue('settings.name', 'set-by-form'));
    expect(input()!.value).toBe('set-by-form');

    act(() => handle.form!.setError('settings.name', { type: 'server', message: 'Name taken' }));
    expect(mounted.container.querySelector('#vs-settings-name-error')?.textContent).toContain('Name taken');
    expect(input()!.getAttribute('aria-describedby')).toContain('vs-settings-name-error');
    expect(input()!.getAttribute('aria-invalid')).toBe('true');
  });
});

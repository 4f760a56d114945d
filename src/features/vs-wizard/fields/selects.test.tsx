// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { OptionSelect } from './OptionSelect';
import type { PickerOption } from './picker-option';
import { SearchSelect } from './SearchSelect';

const options: PickerOption[] = [
  { value: '/api/pool/a', label: 'web-pool', description: '2 servers' },
  { value: '/api/pool/b', label: 'busy-pool', disabled: true, reason: 'Used by another virtual service' },
];

function key(target: Element, name: string) {
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })));
}

function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('SearchSelect before its list is loaded', () => {
  function setup(isInvalid = false) {
    const onSearch = vi.fn<(text: string) => void>();
    const { container } = mount(
      <SearchSelect
        id="vs-pool"
        value=""
        selectedLabel="System-HTTP"
        options={options}
        isLoading={false}
        onSearch={onSearch}
        onChange={() => undefined}
        placeholder="Search pools"
        ariaDescribedBy="vs-pool-help"
        isInvalid={isInvalid}
      />,
    );
    return { container, onSearch, input: container.querySelector<HTMLInputElement>('#vs-pool')! };
  }

  it('is a combobox input inside PatternFly typeahead toggle markup', () => {
    const { container, input } = setup(true);
    const toggle = container.querySelector('.pf-v6-c-menu-toggle')!;
    expect(toggle.className).toContain('pf-m-typeahead');
    expect(toggle.className).toContain('pf-m-full-width');
    expect(toggle.className).toContain('pf-m-danger');
    expect(toggle.querySelector('.pf-v6-c-menu-toggle__status-icon')).not.toBeNull();
    expect(toggle.querySelector('.pf-v6-c-text-input-group input')).toBe(input);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('vs-pool-listbox');
    expect(input.getAttribute('aria-labelledby')).toBe('vs-pool-label');
    expect(input.getAttribute('aria-describedby')).toBe('vs-pool-help');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('System-HTTP');
    expect(container.querySelector('button[aria-label="Search pools: show choices"]')?.getAttribute('tabindex')).toBe('-1');
  });

  it('keeps what is typed, searches for it and opens', () => {
    const { input, onSearch } = setup();
    type(input, 'web');
    expect(input.value).toBe('web');
    expect(onSearch).toHaveBeenLastCalledWith('web');
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows its options once the list code is in', async () => {
    const { input } = setup();
    type(input, 'pool');
    await act(() => import('./SearchSelectList'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const list = document.getElementById('vs-pool-listbox')!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.getAttribute('aria-label')).toBe('Search pools');
    const busy = document.getElementById('vs-pool-listbox-_api_pool_b')!;
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(busy.getAttribute('aria-describedby')!)?.textContent).toBe('Used by another virtual service');
    expect(input.value).toBe('pool');
  });

  it('moves the active option with the arrows and closes on Escape, back to the chosen value', () => {
    const { input, onSearch } = setup();
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('vs-pool-listbox-_api_pool_a');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('vs-pool-listbox-_api_pool_b');
    type(input, 'w');
    key(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(input.value).toBe('System-HTTP');
    expect(onSearch).toHaveBeenLastCalledWith('');
  });
});

describe('SearchSelect closed from its caret', () => {
  it('drops the search text as Escape does: the input shows the chosen value again', () => {
    const onSearch = vi.fn<(text: string) => void>();
    const { container } = mount(
      <SearchSelect id="vs-pool" value="" selectedLabel="System-HTTP" options={options} isLoading={false} onSearch={onSearch} onChange={() => undefined} placeholder="Search pools" />,
    );
    const input = container.querySelector<HTMLInputElement>('#vs-pool')!;
    type(input, 'we');
    const caret = container.querySelector<HTMLButtonElement>('button[aria-label="Search pools: show choices"]')!;
    act(() => caret.click());
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('System-HTTP');
    expect(onSearch).toHaveBeenLastCalledWith('');
  });
});

describe('OptionSelect before its list is loaded', () => {
  it('is PatternFly toggle markup named by its label and its value', () => {
    const { container } = mount(<OptionSelect id="vs-se-group" value="" options={options} placeholder="Choose a group" onChange={() => undefined} ariaDescribedBy="vs-se-help" isInvalid />);
    const toggle = container.querySelector<HTMLButtonElement>('#vs-se-group')!;
    expect(toggle.className).toContain('pf-v6-c-menu-toggle');
    expect(toggle.className).toContain('pf-m-placeholder');
    expect(toggle.className).toContain('pf-m-danger');
    expect(toggle.getAttribute('aria-labelledby')).toBe('vs-se-group-label vs-se-group');
    expect(toggle.getAttribute('aria-describedby')).toBe('vs-se-help');
    expect(toggle.getAttribute('aria-invalid')).toBe('true');
    expect(toggle.getAttribute('aria-haspopup')).toBe('listbox');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Choose a group');
  });

  it('shows the chosen option', () => {
    const { container } = mount(<OptionSelect id="vs-se-group" value="/api/pool/a" options={options} placeholder="Choose a group" onChange={() => undefined} />);
    const toggle = container.querySelector<HTMLButtonElement>('#vs-se-group')!;
    expect(toggle.textContent).toBe('web-pool');
    expect(toggle.className).not.toContain('pf-m-placeholder');
    expect(toggle.hasAttribute('aria-invalid')).toBe(false);
  });
});

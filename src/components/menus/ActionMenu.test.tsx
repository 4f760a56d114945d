// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mount, type Mounted } from '@/testing/mount';
import { ActionMenu } from './ActionMenu';

function setup(onSelect = vi.fn<(label: string) => void>()) {
  const mounted = mount(
    <>
      <ActionMenu
        toggle={{ children: 'Create Virtual Service' }}
        items={[
          { label: 'Basic Setup', onSelect: () => onSelect('Basic Setup') },
          { label: 'Disabled', onSelect: () => onSelect('Disabled'), isDisabled: true, description: 'Your role is read-only' },
          { label: 'Advanced Setup', onSelect: () => onSelect('Advanced Setup') },
        ]}
      />
      <button type="button">outside</button>
    </>,
  );
  return { mounted, onSelect };
}

const toggle = (m: Mounted) => m.container.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
const menu = (m: Mounted) => m.container.querySelector<HTMLElement>('[role="menu"]');
const focusedText = () => document.activeElement?.textContent;

function key(target: Element, name: string) {
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })));
}

function click(target: Element) {
  act(() => void target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
}

describe('ActionMenu', () => {
  it('is closed at first, and opens on a click with the first item focused', () => {
    const { mounted } = setup();
    expect(menu(mounted)).toBeNull();
    expect(toggle(mounted).getAttribute('aria-expanded')).toBe('false');
    click(toggle(mounted));
    expect(toggle(mounted).getAttribute('aria-expanded')).toBe('true');
    expect(menu(mounted)!.className).toContain('pf-v6-c-menu__list');
    expect([...menu(mounted)!.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent)).toEqual(['Basic Setup', 'DisabledYour role is read-only', 'Advanced Setup']);
    expect(focusedText()).toBe('Basic Setup');
  });

  it('opens with ArrowDown on the first item and with ArrowUp on the last', () => {
    const { mounted } = setup();
    toggle(mounted).focus();
    key(toggle(mounted), 'ArrowDown');
    expect(focusedText()).toBe('Basic Setup');
    key(document.activeElement!, 'Escape');
    key(toggle(mounted), 'ArrowUp');
    expect(focusedText()).toBe('Advanced Setup');
  });

  it('moves with the arrows (wrapping, skipping disabled items), Home and End', () => {
    const { mounted } = setup();
    key(toggle(mounted), 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    expect(focusedText()).toBe('Advanced Setup');
    key(document.activeElement!, 'ArrowDown');
    expect(focusedText()).toBe('Basic Setup');
    key(document.activeElement!, 'ArrowUp');
    expect(focusedText()).toBe('Advanced Setup');
    key(document.activeElement!, 'Home');
    expect(focusedText()).toBe('Basic Setup');
    key(document.activeElement!, 'End');
    expect(focusedText()).toBe('Advanced Setup');
  });

  it('closes on Escape and on Tab, giving the focus back to the toggle', () => {
    const { mounted } = setup();
    for (const closing of ['Escape', 'Tab']) {
      key(toggle(mounted), 'ArrowDown');
      expect(menu(mounted)).not.toBeNull();
      key(document.activeElement!, closing);
      expect(menu(mounted)).toBeNull();
      expect(document.activeElement).toBe(toggle(mounted));
      expect(toggle(mounted).getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('closes on a click outside, and on a second click on the toggle', () => {
    const { mounted } = setup();
    click(toggle(mounted));
    click(mounted.container.querySelector('button:not([aria-haspopup])')!);
    expect(menu(mounted)).toBeNull();
    click(toggle(mounted));
    click(toggle(mounted));
    expect(menu(mounted)).toBeNull();
  });

  it('runs the chosen item, closed, with the focus on the toggle', () => {
    const { mounted, onSelect } = setup();
    click(toggle(mounted));
    const advanced = [...menu(mounted)!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((item) => item.textContent === 'Advanced Setup')!;
    click(advanced);
    expect(onSelect).toHaveBeenCalledWith('Advanced Setup');
    expect(menu(mounted)).toBeNull();
    expect(document.activeElement).toBe(toggle(mounted));
  });
});

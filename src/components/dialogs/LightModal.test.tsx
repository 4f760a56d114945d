// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { LightModal, LightModalHeader } from './LightModal';

let container: HTMLElement;

function Page({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose?.();
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <LightModal labelId="t-title" onClose={close}>
          <LightModalHeader title="Edit thing" labelId="t-title" description="About the thing" />
          <input aria-label="Name" />
          <button type="button">Save</button>
        </LightModal>
      )}
    </>
  );
}

function render(onClose?: () => void): HTMLButtonElement {
  container = mount(<Page onClose={onClose} />).container;
  const opener = container.querySelector('button')!;
  opener.focus();
  act(() => opener.click());
  return opener;
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const press = (key: string, shiftKey = false) => act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true })));

describe('LightModal', () => {
  it("renders PatternFly's modal markup, labelled by its title, with the page behind hidden", () => {
    render();
    const box = dialog()!;
    expect(box.getAttribute('aria-modal')).toBe('true');
    expect(box.className).toContain('pf-v6-c-modal-box pf-m-lg');
    expect(document.getElementById(box.getAttribute('aria-labelledby')!)?.textContent).toBe('Edit thing');
    expect(box.closest('.pf-v6-c-backdrop')).not.toBeNull();
    expect(container.getAttribute('aria-hidden')).toBe('true');
    expect(document.body.classList.contains('pf-v6-c-backdrop__open')).toBe(true);
  });

  it('moves focus in, keeps Tab inside, closes on Escape and gives focus back', () => {
    const onClose = vi.fn();
    const opener = render(onClose);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
    const save = [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
    save.focus();
    press('Tab');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
    press('Tab', true);
    expect(document.activeElement).toBe(save);

    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(container.hasAttribute('aria-hidden')).toBe(false);
    expect(document.body.classList.contains('pf-v6-c-backdrop__open')).toBe(false);
  });

  it('closes from its close button', () => {
    const onClose = vi.fn();
    render(onClose);
    act(() => dialog()!.querySelector<HTMLButtonElement>('[aria-label="Close"]')!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
  });
});

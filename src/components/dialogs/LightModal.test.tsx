// @vitest-environment happy-dom
import { act, memo, useState } from 'react';
import { usePainted } from '../scheduling';
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

  it('keeps the focus in the dialog when the focused control is drawn again or disabled', async () => {
    const fixes = (round: number) => (
      <LightModal labelId="f-title" onClose={() => undefined}>
        <LightModalHeader title="Fixes" labelId="f-title" />
        <ul>
          {['first', 'second'].map((fix) => (
            <li key={`${fix}-${round}`}>
              <button type="button" disabled={round === 2 && fix === 'second'}>
                Fix {fix}
              </button>
            </li>
          ))}
        </ul>
      </LightModal>
    );
    const { render: redraw } = mount(fixes(0));
    const fix = (name: string) => [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === `Fix ${name}`)!;
    fix('second').focus();
    const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

    redraw(fixes(1));
    await settle();
    expect(document.activeElement).toBe(fix('second'));

    redraw(fixes(2));
    await settle();
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('brings the focus back round when a Tab takes it past a control it cannot see', async () => {
    mount(
      <LightModal labelId="h-title" onClose={() => undefined}>
        <LightModalHeader title="Hidden last" labelId="h-title" />
        <button type="button">Save</button>
        <button type="button" style={{ display: 'none' }}>
          Later
        </button>
      </LightModal>,
    );
    const save = [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
    save.focus();
    press('Tab');
    // The browser's own move: past the last control it can reach, out of the page.
    act(() => save.blur());
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
  });

  it('closes from its close button', () => {
    const onClose = vi.fn();
    render(onClose);
    act(() => dialog()!.querySelector<HTMLButtonElement>('[aria-label="Close"]')!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
  });

  it('prepared ahead, takes no focus and leaves the page as it is; opening it shows the same dialog, focused and modal', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    try {
      const rendered = vi.fn();
      // Memoised, as a prepared dialog's content must be: opening the dialog changes nothing it is given.
      const Body = memo(function Body() {
        rendered();
        return <output>{usePainted() ? 'seen' : 'not seen yet'}</output>;
      });
      function Prepared() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <button type="button" onClick={() => setOpen(true)}>
              Open
            </button>
            <LightModal labelId="p-title" presence={open ? 'shown' : 'ahead'} onClose={() => setOpen(false)}>
              <LightModalHeader title="Prepared" labelId="p-title" />
              <Body />
            </LightModal>
          </>
        );
      }
      container = mount(<Prepared />).container;
      const opener = container.querySelector('button')!;
      opener.focus();
      act(() => vi.runAllTimers());
      const slot = dialog()!.closest('.light-modal-slot')!;
      expect(slot.classList.contains('light-modal-slot--ahead')).toBe(true);
      expect(slot.getAttribute('aria-hidden')).toBe('true');
      expect(document.activeElement).toBe(opener);
      expect(container.hasAttribute('aria-hidden')).toBe(false);
      expect(document.body.classList.contains('pf-v6-c-backdrop__open')).toBe(false);
      // Work that waits for the admin to see the dialog (usePainted) has not started.
      expect(dialog()!.querySelector('output')!.textContent).toBe('not seen yet');
      const rendersBefore = rendered.mock.calls.length;

      act(() => opener.click());
      expect(dialog()!.closest('.light-modal-slot')).toBe(slot);
      expect(slot.className).toBe('light-modal-slot');
      expect(slot.hasAttribute('aria-hidden')).toBe(false);
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
      expect(container.getAttribute('aria-hidden')).toBe('true');
      expect(document.body.classList.contains('pf-v6-c-backdrop__open')).toBe(true);
      expect(rendered).toHaveBeenCalledTimes(rendersBefore);
      act(() => vi.runAllTimers());
      expect(dialog()!.querySelector('output')!.textContent).toBe('seen');

      press('Escape');
      expect(slot.classList.contains('light-modal-slot--ahead')).toBe(true);
      expect(document.activeElement).toBe(opener);
      expect(container.hasAttribute('aria-hidden')).toBe(false);
      expect(document.body.classList.contains('pf-v6-c-backdrop__open')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

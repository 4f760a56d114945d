import { useEffect, useRef, type RefObject } from 'react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]'));
}

/**
 * A modal dialog's keyboard behaviour, as PatternFly's Modal has it: focus moves into the dialog (its first
 * tabbable control) when it opens, Tab and Shift+Tab stay inside it, Escape closes it, and focus goes back
 * where it was when it closes; a control taken away while focused hands the focus to the one now in its place.
 * Nothing here reads layout, so opening the dialog forces no reflow. A dialog
 * prepared ahead (`open` false) does none of this until it opens.
 */
export function useDialogFocus(dialog: RefObject<HTMLElement | null>, onClose: () => void, open = true): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const root = dialog.current;
    if (!root || !open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const focusFirst = () => (tabbables(root)[0] ?? root).focus({ preventScroll: true });
    focusFirst();
    let closed = false;
    // Where the focus was among the dialog's controls, to put it back there when that control goes.
    let lastIndex = 0;
    // A Tab being handled: when the browser's next control is not one this dialog counts (one a style sheet
    // hides), the focus leaves the page itself, with no `focusin` to catch; it comes back round.
    let tabbing: 'forward' | 'back' | undefined;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        close.current();
        return;
      }
      if (event.key !== 'Tab') return;
      tabbing = event.shiftKey ? 'back' : 'forward';
      setTimeout(() => (tabbing = undefined));
      const list = tabbables(root);
      const first = list[0];
      const last = list[list.length - 1];
      const active = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
      } else if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!tabbing || event.relatedTarget) return;
      const direction = tabbing;
      setTimeout(() => {
        const active = document.activeElement;
        if (closed || (active && active !== document.body)) return;
        const list = tabbables(root);
        (direction === 'forward' ? list[0] : list[list.length - 1])?.focus({ preventScroll: true });
      });
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !root.contains(event.target)) focusFirst();
      else lastIndex = Math.max(0, tabbables(root).indexOf(event.target as HTMLElement));
    };
    // A control the dialog takes away while it has the focus (a list of fixes drawn again as the checks
    // change, a button disabled) leaves the focus on the page's body, with no event: keep it in the dialog,
    // at the control that took that place.
    const keepFocusIn = new MutationObserver(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const list = tabbables(root);
      (list[Math.min(lastIndex, list.length - 1)] ?? root).focus({ preventScroll: true });
    });
    keepFocusIn.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'tabindex'] });
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      closed = true;
      keepFocusIn.disconnect();
      root.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [dialog, open]);
}

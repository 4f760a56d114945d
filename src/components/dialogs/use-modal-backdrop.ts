import { useEffect, type RefObject } from 'react';

/** Another modal is still open: a backdrop in the page that is not a dialog prepared ahead (see `LightModal`). */
const openBackdropRemains = () => [...document.querySelectorAll('.pf-v6-c-backdrop')].some((backdrop) => !backdrop.closest('.light-modal-slot--ahead'));

/**
 * While a modal is open, the page behind it is hidden from assistive technology and does not scroll
 * (PatternFly's `pf-v6-c-backdrop__open` on the body), as with PatternFly's Modal. `own` is the modal's
 * element under the body; a modal prepared ahead (`open` false) leaves the page as it is until it opens.
 */
export function useModalBackdrop(own: RefObject<HTMLElement | null>, open = true): void {
  useEffect(() => {
    if (!open) return undefined;
    const mine = own.current;
    const hidden = [...document.body.children].filter((child) => child !== mine && !child.hasAttribute('aria-hidden'));
    for (const child of hidden) child.setAttribute('aria-hidden', 'true');
    document.body.classList.add('pf-v6-c-backdrop__open');
    return () => {
      for (const child of hidden) child.removeAttribute('aria-hidden');
      if (!openBackdropRemains()) document.body.classList.remove('pf-v6-c-backdrop__open');
    };
  }, [own, open]);
}

import { useEffect, type RefObject } from 'react';

/**
 * While a modal is open, the page behind it is hidden from assistive technology and does not scroll
 * (PatternFly's `pf-v6-c-backdrop__open` on the body), as with PatternFly's Modal.
 */
export function useModalBackdrop(backdrop: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const own = backdrop.current;
    const hidden = [...document.body.children].filter((child) => child !== own && !child.hasAttribute('aria-hidden'));
    for (const child of hidden) child.setAttribute('aria-hidden', 'true');
    document.body.classList.add('pf-v6-c-backdrop__open');
    return () => {
      for (const child of hidden) child.removeAttribute('aria-hidden');
      if (!document.querySelector('.pf-v6-c-backdrop')) document.body.classList.remove('pf-v6-c-backdrop__open');
    };
  }, [backdrop]);
}

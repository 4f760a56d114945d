import { useCallback, useState } from 'react';

export interface MenuOnFirstOpen {
  /** The menu (PatternFly Dropdown or Select, and its Popper) is mounted: it has been opened once. */
  armed: boolean;
  isOpen: boolean;
  setIsOpen(open: boolean | ((current: boolean) => boolean)): void;
  /** For the plain toggle shown until then: mounts the menu and opens it. */
  openFirstTime(): void;
}

/**
 * A menu that mounts on its first open. Until then its owner renders a plain MenuToggle that looks the same.
 * PatternFly's Popper reads the page's text direction (a style recalculation) on every render, open or not;
 * a page renders several closed menus many times while it loads, and most are never opened. Opened, a menu
 * should take the focus (`shouldFocusFirstItemOnOpen`): the toggle that was clicked has been replaced.
 */
export function useMenuOnFirstOpen(): MenuOnFirstOpen {
  const [armed, setArmed] = useState(false);
  const [isOpen, setIsOpen] = useState(false);
  const openFirstTime = useCallback(() => {
    setArmed(true);
    // Opened once the click that mounted the menu is over: the menu closes on any click outside it, and the
    // toggle that received this one is no longer in the page.
    setTimeout(() => setIsOpen(true), 0);
  }, []);
  return { armed, isOpen, setIsOpen, openFirstTime };
}

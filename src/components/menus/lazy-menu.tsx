import { useRef, useState, type ComponentType, type RefObject } from 'react';
import { lazyPopup, useLazyPopupSlot } from './lazy-popup';
import { MenuToggleButton, type MenuToggleLook } from './MenuToggleButton';

/** What a lazily loaded menu (a PatternFly Dropdown or Select with `toggle={{ toggleRef, toggleNode: null }}`) receives. */
export interface MenuPopupProps {
  /** The toggle stays in the page: the menu is positioned against it and gives the focus back to it. */
  toggleRef: RefObject<HTMLButtonElement | null>;
  isOpen: boolean;
  setIsOpen(open: boolean): void;
}

export interface LazyMenuProps<P> {
  toggle: MenuToggleLook;
  /** What the toggle opens, for assistive technology. */
  popup?: 'menu' | 'listbox';
  /** The loaded menu's own props. */
  menu: P;
}

/**
 * A menu whose PatternFly code (Menu, Dropdown or Select, Popper) loads on the first open, or as soon as the
 * pointer or the focus reaches its toggle. Until then, and after, the toggle is PatternFly's MenuToggle markup.
 */
export function lazyMenu<P extends object>(importMenu: () => Promise<{ default: ComponentType<P & MenuPopupProps> }>): ComponentType<LazyMenuProps<P>> {
  const Menu = lazyPopup(importMenu);

  return function LazyMenu({ toggle, popup = 'menu', menu }: LazyMenuProps<P>) {
    const toggleRef = useRef<HTMLButtonElement>(null);
    const [isOpen, setIsOpen] = useState(false);
    const { arm, slot } = useLazyPopupSlot(Menu);
    const open = () => {
      arm();
      setIsOpen(true);
    };
    return (
      <>
        <MenuToggleButton
          ref={toggleRef}
          {...toggle}
          aria-haspopup={popup}
          isExpanded={isOpen}
          onIntent={Menu.prefetch}
          onClick={() => (isOpen ? setIsOpen(false) : open())}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && !isOpen) {
              event.preventDefault();
              open();
            } else if (event.key === 'Escape' && isOpen) {
              setIsOpen(false);
            }
          }}
        />
        {slot(isOpen, toggleRef, <Menu {...(menu as P)} toggleRef={toggleRef} isOpen={isOpen} setIsOpen={setIsOpen} />, popup)}
      </>
    );
  };
}

import { Suspense, useEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import { lazyPart } from '../lazy-part/lazy-part';
import { LoadBoundary } from './LoadBoundary';
import { MenuLoadError } from './MenuLoadError';
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
  const Menu = lazyPart(importMenu, (module) => module.default);

  function LoadedMenu(props: P & MenuPopupProps) {
    return <OpenAfterMount Menu={Menu} {...props} />;
  }

  return function LazyMenu({ toggle, popup = 'menu', menu }: LazyMenuProps<P>) {
    const toggleRef = useRef<HTMLButtonElement>(null);
    const [armed, setArmed] = useState(false);
    const [isOpen, setIsOpen] = useState(false);
    // A failed load is tried again on the next open.
    const [attempt, setAttempt] = useState({ count: 0, failed: false });
    const open = () => {
      setArmed(true);
      setIsOpen(true);
      if (!attempt.failed) return;
      Menu.prefetch();
      setAttempt({ count: attempt.count + 1, failed: false });
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
        {armed && (
          <LoadBoundary key={attempt.count} onError={() => setAttempt((current) => ({ ...current, failed: true }))} fallback={isOpen && <MenuLoadError toggleRef={toggleRef} />}>
            <Suspense fallback={null}>
              <LoadedMenu {...menu} toggleRef={toggleRef} isOpen={isOpen} setIsOpen={setIsOpen} />
            </Suspense>
          </LoadBoundary>
        )}
      </>
    );
  };
}

function OpenAfterMount<P extends MenuPopupProps>({ Menu, isOpen, ...props }: P & { Menu: ComponentType<P> }) {
  const [mounted, setMounted] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- PatternFly moves the focus into a menu when it sees it open, not when it mounts open
  useEffect(() => setMounted(true), []);
  return <Menu {...(props as unknown as P)} isOpen={isOpen && mounted} />;
}

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Menu/menu';
import { MenuToggleButton, type MenuToggleLook } from './MenuToggleButton';
import './menus.css';

export interface ActionMenuItem {
  label: string;
  onSelect(): void;
  isDisabled?: boolean;
  isDanger?: boolean;
  /** Secondary text under the label, e.g. why the item is disabled. */
  description?: ReactNode;
}

interface ActionMenuProps {
  toggle: MenuToggleLook;
  items: readonly ActionMenuItem[];
  /** Which edge of the toggle the menu lines up with. */
  align?: 'start' | 'end';
}

/**
 * A short list of actions behind a toggle, as PatternFly's Dropdown renders it (Menu markup and class names),
 * without Menu, Popper and Tooltip: the menu is positioned under its toggle by CSS. Keyboard as the Dropdown:
 * Enter, Space or ArrowDown open it with the first item focused (ArrowUp with the last), arrows wrap, Home and
 * End, Escape and Tab close it and give the focus back to the toggle, a click outside closes it.
 */
export function ActionMenu({ toggle, items, align = 'start' }: ActionMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const itemButtons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]:not(:disabled)') ?? [])];
  const open = (focus: 'first' | 'last') => {
    focusOnOpen.current = focus;
    setIsOpen(true);
  };
  const close = (focusToggle: boolean) => {
    setIsOpen(false);
    if (focusToggle) toggleRef.current?.focus();
  };

  useEffect(() => {
    if (!isOpen) return undefined;
    const buttons = itemButtons();
    (focusOnOpen.current === 'first' ? buttons[0] : buttons.at(-1))?.focus();
    const onClick = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [isOpen]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = itemButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => buttons[(index + buttons.length) % buttons.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at < 0 ? -1 : at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(-1);
        break;
      case 'Escape':
      case 'Tab':
        close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div ref={wrapper} className="console-action-menu">
      <MenuToggleButton
        ref={toggleRef}
        {...toggle}
        aria-haspopup="menu"
        aria-controls={isOpen ? menuId : undefined}
        isExpanded={isOpen}
        onClick={() => (isOpen ? close(false) : open('first'))}
        onKeyDown={(event) => {
          if (isOpen || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
          event.preventDefault();
          open(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      />
      {isOpen && (
        <div className={css(styles.menu, 'console-action-menu__popup', align === 'end' && 'console-action-menu__popup--end')}>
          <div className={styles.menuContent}>
            <ul ref={list} id={menuId} role="menu" className={styles.menuList} onKeyDown={onMenuKeyDown}>
              {items.map((item) => (
                <li key={item.label} role="none" className={css(styles.menuListItem, item.isDisabled && styles.modifiers.disabled, item.isDanger && styles.modifiers.danger)}>
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className={styles.menuItem}
                    disabled={item.isDisabled}
                    onClick={() => {
                      close(true);
                      item.onSelect();
                    }}
                  >
                    <span className={styles.menuItemMain}>
                      <span className={styles.menuItemText}>{item.label}</span>
                    </span>
                    {item.description && (
                      <span className={styles.menuItemDescription}>
                        <span>{item.description}</span>
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}

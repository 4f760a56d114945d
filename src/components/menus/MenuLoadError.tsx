import { useLayoutEffect, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import './menus.css';

const MARGIN = 8;

const wording = {
  menu: 'This menu could not be loaded. Check the connection to the console, then open the menu again.',
  listbox: 'The list of choices could not be loaded. Check the connection to the console, then open the list again.',
} as const;

/** In place of a menu or list of choices whose code could not be loaded: below its toggle, inside the window. */
export function MenuLoadError({ toggleRef, kind }: { toggleRef: RefObject<HTMLElement | null>; kind: 'menu' | 'listbox' }) {
  const popup = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const toggle = toggleRef.current?.getBoundingClientRect();
    const node = popup.current;
    if (!toggle || !node) return;
    node.style.top = `${toggle.bottom + 4}px`;
    node.style.left = `${Math.max(MARGIN, Math.min(toggle.left, window.innerWidth - node.offsetWidth - MARGIN))}px`;
  }, [toggleRef]);
  return createPortal(
    <div ref={popup} role="alert" className="console-menu-load-error">
      {wording[kind]}
    </div>,
    document.body,
  );
}

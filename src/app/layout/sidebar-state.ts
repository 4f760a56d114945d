import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore } from 'react';

/** PatternFly's page shows the sidebar beside the content from its xl breakpoint (75rem) and over it below. */
const DESKTOP = '(min-width: 75rem)';

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(DESKTOP);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isDesktopWidth = () => window.matchMedia(DESKTOP).matches;

export interface SidebarState {
  isOpen: boolean;
  /** Below the xl breakpoint the sidebar opens over the content. */
  isOverContent: boolean;
  toggle(): void;
}

/** Open beside the content on wide screens until closed; closed on narrow screens until opened (as PatternFly's managed sidebar). */
export function useSidebarState(): SidebarState {
  const isDesktop = useSyncExternalStore(subscribeToWidth, isDesktopWidth);
  const [openOnDesktop, setOpenOnDesktop] = useState(true);
  const [openOnMobile, setOpenOnMobile] = useState(false);
  const toggle = useCallback(() => (isDesktop ? setOpenOnDesktop : setOpenOnMobile)((open) => !open), [isDesktop]);
  const isOpen = isDesktop ? openOnDesktop : openOnMobile;
  return useMemo(() => ({ isOpen, isOverContent: !isDesktop, toggle }), [isOpen, isDesktop, toggle]);
}

export const SidebarContext = createContext<SidebarState>({ isOpen: true, isOverContent: false, toggle: () => undefined });

/** Controls inside a closed (hidden) sidebar leave the tab order. */
export function useSidebarTabIndex(): number | undefined {
  return useContext(SidebarContext).isOpen ? undefined : -1;
}

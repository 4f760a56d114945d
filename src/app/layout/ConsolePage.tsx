import { useContext, type ReactNode } from 'react';
import { Button } from '@patternfly/react-core';
import styles from '@patternfly/react-styles/css/components/Page/page';
import skipStyles from '@patternfly/react-styles/css/components/SkipToContent/skip-to-content';
import { SidebarContext, useSidebarState } from './sidebar-state';

const SIDEBAR_ID = 'page-sidebar';

interface ConsolePageProps {
  masthead: ReactNode;
  sidebar: ReactNode;
  mainId: string;
  children: ReactNode;
}

/**
 * PatternFly's page markup: skip link, masthead, sidebar and main area. PatternFly's Page component reads the
 * window's width on every resize (forcing a layout) to decide how the sidebar shows; the page's style sheet
 * already does that with media queries, and a media-query listener tells the toggle which state it controls.
 */
export function ConsolePage({ masthead, sidebar, mainId, children }: ConsolePageProps) {
  const sidebarState = useSidebarState();
  const { isOpen, isOverContent } = sidebarState;
  const sidebarMode = isOpen ? (isOverContent ? styles.modifiers.expanded : '') : styles.modifiers.collapsed;
  return (
    <SidebarContext.Provider value={sidebarState}>
      <div className={styles.page}>
        <div className={skipStyles.skipToContent}>
          <Button variant="primary" component="a" href={`#${mainId}`}>
            Skip to content
          </Button>
        </div>
        {masthead}
        <div id={SIDEBAR_ID} className={`${styles.pageSidebar} ${sidebarMode}`.trim()} aria-hidden={!isOpen}>
          <div className={styles.pageSidebarMain}>
            <div className={styles.pageSidebarBody}>{sidebar}</div>
          </div>
        </div>
        <div className={styles.pageMainContainer}>
          <main id={mainId} className={styles.pageMain} tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
    </SidebarContext.Provider>
  );
}

/** The masthead's hamburger button that opens and closes the sidebar. */
export function SidebarToggle({ 'aria-label': ariaLabel }: { 'aria-label': string }) {
  const { isOpen, toggle } = useContext(SidebarContext);
  return (
    <Button id="nav-toggle" variant="plain" isHamburger isExpanded={isOpen} aria-expanded={isOpen} aria-controls={SIDEBAR_ID} aria-label={ariaLabel} onClick={toggle} />
  );
}

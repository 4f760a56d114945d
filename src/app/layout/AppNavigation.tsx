import { memo, useId, useState, type ReactNode } from 'react';
import { NavLink as RouterNavLink, useLocation } from '@/components/routing';
import RhMicronsCaretDownIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-caret-down-icon';
import navStyles from '@patternfly/react-styles/css/components/Nav/nav.mjs';
import { navigation } from './navigation';
import { useSidebarTabIndex } from './sidebar-state';

function isCurrent(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

/**
 * PatternFly's vertical navigation markup with expandable groups. The Nav components serve horizontal and
 * flyout navs too: they read the text direction and measure their items on mount, on every update and on
 * every resize, each time forcing the browser to recalculate the page's styles (over 100 ms while a page
 * loads). The navigation re-renders when the path changes only: a list's search, sort and page live in the
 * query string.
 */
export function AppNavigation() {
  return <NavigationFor pathname={useLocation().pathname} />;
}

const NavigationFor = memo(function NavigationFor({ pathname }: { pathname: string }) {
  return (
    <nav className={navStyles.nav} aria-label="Main navigation">
      <ul className={navStyles.navList} role="list">
        {navigation.map((section) => (
          <NavGroup key={section.group} title={section.group} isCurrent={section.items.some((item) => isCurrent(pathname, item.to))}>
            {section.items.map((item) => {
              const current = isCurrent(pathname, item.to);
              return (
                <li key={item.to} className={navStyles.navItem}>
                  <NavLink to={item.to} isCurrent={current} label={item.label} />
                </li>
              );
            })}
          </NavGroup>
        ))}
      </ul>
    </nav>
  );
});

function NavLink({ to, isCurrent: current, label }: { to: string; isCurrent: boolean; label: string }) {
  return (
    <RouterNavLink to={to} className={classes(navStyles.navLink, current && navStyles.modifiers.current)} isCurrent={current} tabIndex={useSidebarTabIndex()}>
      {label}
    </RouterNavLink>
  );
}

function NavGroup({ title, isCurrent: current, children }: { title: string; isCurrent: boolean; children: ReactNode }) {
  const [expanded, setExpanded] = useState(true);
  const id = useId();
  const tabIndex = useSidebarTabIndex();
  return (
    <li className={classes(navStyles.navItem, expanded && navStyles.modifiers.expanded, current && navStyles.modifiers.current)}>
      <button type="button" className={navStyles.navLink} id={id} aria-expanded={expanded} tabIndex={tabIndex} onClick={() => setExpanded((open) => !open)}>
        {title}
        <span className={navStyles.navToggle}>
          <span className={navStyles.navToggleIcon}>
            <RhMicronsCaretDownIcon />
          </span>
        </span>
      </button>
      <section className={navStyles.navSubnav} aria-labelledby={id} hidden={!expanded} inert={!expanded}>
        <ul className={navStyles.navList} role="list">
          {children}
        </ul>
      </section>
    </li>
  );
}

import { memo } from 'react';
import { Link, useLocation } from 'react-router';
import { Nav, NavExpandable, NavItem } from '@patternfly/react-core';
import navStyles from '@patternfly/react-styles/css/components/Nav/nav.mjs';
import { navigation } from './navigation';

function isCurrent(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * The navigation re-renders when the path changes only: a list's search, sort and page live in the query
 * string. Its list is PatternFly's markup without the NavList component, which serves the scroll buttons of
 * horizontal navs: it reads the text direction and measures its items on mount, on every update and on every
 * resize, each time forcing the browser to recalculate the page's styles (over 100 ms while a page loads).
 */
export function AppNavigation() {
  return <NavigationFor pathname={useLocation().pathname} />;
}

const NavigationFor = memo(function NavigationFor({ pathname }: { pathname: string }) {
  return (
    <Nav aria-label="Main navigation">
      <ul className={navStyles.navList} role="list">
        {navigation.map((section) => (
          <NavExpandable
            key={section.group}
            title={section.group}
            groupId={section.group}
            isExpanded
            isActive={section.items.some((item) => isCurrent(pathname, item.to))}
          >
            {section.items.map((item) => (
              <NavItem key={item.to} itemId={item.to} isActive={isCurrent(pathname, item.to)}>
                <Link to={item.to}>{item.label}</Link>
              </NavItem>
            ))}
          </NavExpandable>
        ))}
      </ul>
    </Nav>
  );
});

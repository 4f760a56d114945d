import { memo } from 'react';
import { Link, useLocation } from 'react-router';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import { navigation } from './navigation';

function isCurrent(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * The navigation re-renders when the path changes only: a list's search, sort and page live in the query
 * string, and PatternFly's NavList measures the page's text direction on every update it gets.
 */
export function AppNavigation() {
  return <NavigationFor pathname={useLocation().pathname} />;
}

const NavigationFor = memo(function NavigationFor({ pathname }: { pathname: string }) {
  return (
    <Nav aria-label="Main navigation">
      <NavList>
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
      </NavList>
    </Nav>
  );
});

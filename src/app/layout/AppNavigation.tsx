import { Link, useLocation } from 'react-router';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import { navigation } from './navigation';

function isCurrent(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

export function AppNavigation() {
  const { pathname } = useLocation();
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
}

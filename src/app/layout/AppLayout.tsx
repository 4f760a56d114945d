import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import {
  Bullseye,
  Masthead,
  MastheadBrand,
  MastheadMain,
  MastheadLogo,
  Nav,
  NavExpandable,
  NavItem,
  NavList,
  Page,
  PageSidebar,
  PageSidebarBody,
  Spinner,
} from '@patternfly/react-core';
import { paths } from '../paths';

const navigation = [
  { group: 'Applications', items: [{ label: 'Virtual Services', to: paths.virtualServices }] },
] as const;

export function AppLayout() {
  const masthead = (
    <Masthead>
      <MastheadMain>
        <MastheadBrand>
          <MastheadLogo component="span">Load Balancer Console</MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
    </Masthead>
  );
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label="Main navigation">
          <NavList>
            {navigation.map((section) => (
              <NavExpandable key={section.group} title={section.group} isExpanded>
                {section.items.map((item) => (
                  <NavItem key={item.to}>
                    <NavLink to={item.to}>{item.label}</NavLink>
                  </NavItem>
                ))}
              </NavExpandable>
            ))}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
  return (
    <Page masthead={masthead} sidebar={sidebar} isManagedSidebar>
      <Suspense
        fallback={
          <Bullseye>
            <Spinner aria-label="Loading page" />
          </Bullseye>
        }
      >
        <Outlet />
      </Suspense>
    </Page>
  );
}

import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { StaticLabel } from '@/components/object-display/StaticLabel';
import { useSession } from '@/session';
import { paths } from '../paths';
import { TenantSwitcher } from './TenantSwitcher';
import { ThemeSwitch } from './ThemeSwitch';
import { UserMenu } from './UserMenu';

const DemoControls = __DEMO_MODE__ ? lazy(() => import('./DemoControls')) : undefined;

export function AppMasthead() {
  const { readOnly, status } = useSession();
  return (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton isHamburgerButton aria-label="Global navigation" />
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo className="console-brand" component={(props: object) => <Link {...props} to={paths.home} />}>
            <span className="console-product-name">Load Balancer Console</span>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isStatic>
          <ToolbarContent>
            <ToolbarGroup variant="action-group-plain" align={{ default: 'alignEnd' }} gap={{ default: 'gapMd' }} alignItems="center">
              {DemoControls && (
                <ToolbarItem alignSelf="center" gap={{ default: 'gapSm' }}>
                  <Suspense fallback={null}>
                    <DemoControls />
                  </Suspense>
                </ToolbarItem>
              )}
              {status === 'signed-in' && readOnly && (
                <ToolbarItem alignSelf="center">
                  <StaticLabel color="blue">Read-only</StaticLabel>
                </ToolbarItem>
              )}
              <ToolbarItem>
                <TenantSwitcher />
              </ToolbarItem>
              <ToolbarItem alignSelf="center">
                <ThemeSwitch />
              </ToolbarItem>
              <ToolbarItem>
                <UserMenu />
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
}

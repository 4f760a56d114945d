import { lazy, Suspense } from 'react';
import { Link } from '@/components/routing';
import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
} from '@patternfly/react-core';
import { Toolbar, ToolbarGroup, ToolbarItem } from '@/components/toolbar';
import { StaticLabel } from '@/components/object-display/StaticLabel';
import { useSession } from '@/session';
import { paths } from '../paths';
import { SidebarToggle } from './ConsolePage';
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
          <SidebarToggle aria-label="Global navigation" />
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo className="console-brand" component={(props: object) => <Link {...props} to={paths.home} />}>
            <span className="console-product-name">Load Balancer Console</span>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isStatic>
          <ToolbarGroup isPlainActionGroup alignEnd gap="md" alignItemsCenter>
            {DemoControls && (
              <ToolbarItem alignSelfCenter gap="sm">
                <Suspense fallback={null}>
                  <DemoControls />
                </Suspense>
              </ToolbarItem>
            )}
            {status === 'signed-in' && readOnly && (
              <ToolbarItem alignSelfCenter>
                <StaticLabel color="blue">Read-only</StaticLabel>
              </ToolbarItem>
            )}
            <ToolbarItem>
              <TenantSwitcher />
            </ToolbarItem>
            <ToolbarItem alignSelfCenter>
              <ThemeSwitch />
            </ToolbarItem>
            <ToolbarItem>
              <UserMenu />
            </ToolbarItem>
          </ToolbarGroup>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
}

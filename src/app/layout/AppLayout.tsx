import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Bullseye, Page, PageSidebar, PageSidebarBody, SkipToContent, Spinner } from '@patternfly/react-core';
import { AppMasthead } from './AppMasthead';
import { AppNavigation } from './AppNavigation';

const MAIN_ID = 'console-main';

export default function AppLayout() {
  return (
    <Page
      masthead={<AppMasthead />}
      sidebar={
        <PageSidebar>
          <PageSidebarBody>
            <AppNavigation />
          </PageSidebarBody>
        </PageSidebar>
      }
      isManagedSidebar
      mainContainerId={MAIN_ID}
      skipToContent={<SkipToContent href={`#${MAIN_ID}`}>Skip to content</SkipToContent>}
    >
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

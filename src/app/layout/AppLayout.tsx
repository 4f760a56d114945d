import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { AppMasthead } from './AppMasthead';
import { AppNavigation } from './AppNavigation';
import { ConsolePage } from './ConsolePage';

const MAIN_ID = 'console-main';

export default function AppLayout() {
  return (
    <ConsolePage masthead={<AppMasthead />} sidebar={<AppNavigation />} mainId={MAIN_ID}>
      <Suspense
        fallback={
          <Bullseye>
            <Spinner aria-label="Loading page" />
          </Bullseye>
        }
      >
        <Outlet />
      </Suspense>
    </ConsolePage>
  );
}

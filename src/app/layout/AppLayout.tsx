import { Suspense, type ReactNode } from 'react';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { AppMasthead } from './AppMasthead';
import { AppNavigation } from './AppNavigation';
import { ConsolePage } from './ConsolePage';

const MAIN_ID = 'console-main';

/** The console's frame around the page (`children`). */
export default function AppLayout({ children }: { children?: ReactNode }) {
  return (
    <ConsolePage masthead={<AppMasthead />} sidebar={<AppNavigation />} mainId={MAIN_ID}>
      <Suspense
        fallback={
          <Bullseye>
            <Spinner aria-label="Loading page" />
          </Bullseye>
        }
      >
        {children}
      </Suspense>
    </ConsolePage>
  );
}

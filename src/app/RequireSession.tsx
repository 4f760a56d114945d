import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useSession } from '@/session';
import { paths } from './paths';

/** Console pages need a session: without one, sign in first and come back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, verifying } = useSession();
  const location = useLocation();
  if (status === 'signed-out') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`${paths.signIn}?from=${encodeURIComponent(from)}`} replace />;
  }
  if (verifying) {
    return (
      <Bullseye className="console-full-height">
        <Spinner aria-label="Checking your session" />
      </Bullseye>
    );
  }
  return <>{children}</>;
}

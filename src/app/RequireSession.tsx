import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from '@/components/routing';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useSession } from '@/session';
import { paths } from './paths';
import { isRouteLoaded, preloadRouteCode } from './route-table';

/**
 * Until the page first shown has its code, keep the spinner up: rendering earlier would only trade it for a
 * Suspense fallback, whose replacement React throttles. Later navigations load their page in a transition.
 */
function useFirstPageCode(pathname: string): boolean {
  const [ready, setReady] = useState(() => isRouteLoaded(pathname));
  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    const done = () => {
      if (!cancelled) setReady(true);
    };
    // A chunk that fails to load is left to the page's own lazy loading (and its error) to report.
    preloadRouteCode(pathname).then(done, done);
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the page the console opened with
  }, [ready]);
  return ready;
}

/** Console pages need a session: without one, sign in first and come back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, verifying } = useSession();
  const location = useLocation();
  const codeReady = useFirstPageCode(location.pathname);
  if (status === 'signed-out') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`${paths.signIn}?from=${encodeURIComponent(from)}`} replace />;
  }
  if (verifying || !codeReady) {
    return (
      <Bullseye className="console-full-height">
        <Spinner aria-label={verifying ? 'Checking your session' : 'Loading page'} />
      </Bullseye>
    );
  }
  return <>{children}</>;
}

import { Suspense } from 'react';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { Navigate, Route, Routes } from '@/components/routing';
import { paths } from './paths';
import { RequireSession } from './RequireSession';
import { appLayout as AppLayout, consoleRoutes, notFoundPage as NotFoundPage, signInPage as SignInPage } from './route-table';

// Everything below the router loads on demand, the console's frame included (the sign-in page does not need it).

function Loading() {
  return (
    <Bullseye className="console-full-height">
      <Spinner aria-label="Loading page" />
    </Bullseye>
  );
}

function ConsolePages() {
  return (
    <Routes>
      <Route path={paths.home}>
        <Navigate to={paths.virtualServices} replace />
      </Route>
      {consoleRoutes.map(({ path, page: Page }) => (
        <Route key={path} path={path}>
          <Page />
        </Route>
      ))}
      <Route>
        <NotFoundPage />
      </Route>
    </Routes>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path={paths.signIn}>
          <SignInPage />
        </Route>
        <Route>
          <RequireSession>
            <AppLayout>
              <ConsolePages />
            </AppLayout>
          </RequireSession>
        </Route>
      </Routes>
    </Suspense>
  );
}

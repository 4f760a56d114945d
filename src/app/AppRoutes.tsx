import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
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

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path={paths.signIn} element={<SignInPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to={paths.virtualServices} replace />} />
          {consoleRoutes.map(({ path, page: Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

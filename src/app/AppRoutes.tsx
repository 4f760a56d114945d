import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { AppLayout } from './layout/AppLayout';
import { paths } from './paths';

const VirtualServicesPage = lazy(() => import('@/features/virtual-services/VirtualServicesPage'));

function Loading() {
  return (
    <Bullseye>
      <Spinner aria-label="Loading page" />
    </Bullseye>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={paths.virtualServices} replace />} />
          <Route path={paths.virtualServices} element={<VirtualServicesPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

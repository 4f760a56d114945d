import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { AppLayout } from './layout/AppLayout';
import { paths, routePatterns } from './paths';

const VirtualServicesPage = lazy(() => import('@/features/virtual-services/VirtualServicesPage'));
const CreateVirtualServicePage = lazy(() => import('@/features/vs-wizard/CreateVirtualServicePage'));
const EditVirtualServicePage = lazy(() => import('@/features/vs-wizard/EditVirtualServicePage'));
const BasicSetupPage = lazy(() => import('@/features/vs-wizard/BasicSetupPage'));

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
          <Route path={paths.createVirtualService} element={<CreateVirtualServicePage />} />
          <Route path={paths.createVirtualServiceBasic} element={<BasicSetupPage />} />
          <Route path={routePatterns.editVirtualService} element={<EditVirtualServicePage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

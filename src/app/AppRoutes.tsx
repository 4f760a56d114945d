import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { paths, routePatterns } from './paths';
import { RequireSession } from './RequireSession';

// Everything below the router loads on demand, the console's frame included (the sign-in page does not need it).
const AppLayout = lazy(() => import('./layout/AppLayout'));
const SignInPage = lazy(() => import('@/features/auth/SignInPage'));
const VirtualServicesPage = lazy(() => import('@/features/virtual-services/VirtualServicesPage'));
const VirtualServiceDetailPage = lazy(() => import('@/features/virtual-services/VirtualServiceDetailPage'));
const CreateVirtualServicePage = lazy(() => import('@/features/vs-wizard/CreateVirtualServicePage'));
const EditVirtualServicePage = lazy(() => import('@/features/vs-wizard/EditVirtualServicePage'));
const BasicSetupPage = lazy(() => import('@/features/vs-wizard/BasicSetupPage'));
const VsVipsPage = lazy(() => import('@/features/vs-vips/VsVipsPage'));
const PoolsPage = lazy(() => import('@/features/pools/PoolsPage'));
const ApplicationProfilesPage = lazy(() => import('@/features/application-profiles/ApplicationProfilesPage'));
const NetworkProfilesPage = lazy(() => import('@/features/network-profiles/NetworkProfilesPage'));
const ServiceEngineGroupsPage = lazy(() => import('@/features/service-engine-groups/ServiceEngineGroupsPage'));
const ServiceEngineGroupPage = lazy(() => import('@/features/service-engine-groups/ServiceEngineGroupPage'));
const VrfContextsPage = lazy(() => import('@/features/vrf-contexts/VrfContextsPage'));
const VrfContextPage = lazy(() => import('@/features/vrf-contexts/VrfContextPage'));
const NetworksPage = lazy(() => import('@/features/networks/NetworksPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

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
          <Route path={paths.virtualServices} element={<VirtualServicesPage />} />
          <Route path={paths.createVirtualService} element={<CreateVirtualServicePage />} />
          <Route path={paths.createVirtualServiceBasic} element={<BasicSetupPage />} />
          <Route path={routePatterns.editVirtualService} element={<EditVirtualServicePage />} />
          <Route path={routePatterns.virtualService} element={<VirtualServiceDetailPage />} />
          <Route path={paths.vsVips} element={<VsVipsPage />} />
          <Route path={paths.pools} element={<PoolsPage />} />
          <Route path={paths.applicationProfiles} element={<ApplicationProfilesPage />} />
          <Route path={paths.networkProfiles} element={<NetworkProfilesPage />} />
          <Route path={paths.seGroups} element={<ServiceEngineGroupsPage />} />
          <Route path={routePatterns.seGroup} element={<ServiceEngineGroupPage />} />
          <Route path={paths.vrfContexts} element={<VrfContextsPage />} />
          <Route path={routePatterns.vrfContext} element={<VrfContextPage />} />
          <Route path={paths.networks} element={<NetworksPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { matchesPath } from '@/components/routing';
import { prefetchVirtualServices } from '@/features/virtual-services/list-queries';
import { lazyPage, type LazyPage } from './lazy-page';
import { paths, routePatterns } from './paths';

/**
 * Every page of the console, each in its own chunk. The table is also what lets the console start a page's
 * code and data together: on a cold load the route the browser opened is fetched in parallel with the
 * session check, and its first queries start before its code has arrived.
 */
export interface ConsoleRoute {
  path: string;
  page: LazyPage;
  /** Starts the queries the page shows first. */
  prefetch?(client: QueryClient, tenant: string, search: URLSearchParams): void;
}

/** The console's frame (masthead, navigation); the sign-in page does not need it. */
export const appLayout = lazyPage(() => import('./layout/AppLayout'));
export const signInPage = lazyPage(() => import('@/features/auth/SignInPage'));
export const notFoundPage = lazyPage(() => import('./NotFoundPage'));

/** Static paths before patterns: the first match wins (`<Routes>` renders the first route that matches). */
export const consoleRoutes: readonly ConsoleRoute[] = [
  {
    path: paths.virtualServices,
    page: lazyPage(() => import('@/features/virtual-services/VirtualServicesPage')),
    prefetch: prefetchVirtualServices,
  },
  {
    path: paths.createVirtualService,
    page: lazyPage(() => import('@/features/vs-wizard/CreateVirtualServicePage')),
  },
  { path: paths.createVirtualServiceBasic, page: lazyPage(() => import('@/features/vs-wizard/BasicSetupPage')) },
  { path: paths.vsVips, page: lazyPage(() => import('@/features/vs-vips/VsVipsPage')) },
  { path: paths.pools, page: lazyPage(() => import('@/features/pools/PoolsPage')) },
  { path: paths.applicationProfiles, page: lazyPage(() => import('@/features/application-profiles/ApplicationProfilesPage')) },
  { path: paths.networkProfiles, page: lazyPage(() => import('@/features/network-profiles/NetworkProfilesPage')) },
  { path: paths.seGroups, page: lazyPage(() => import('@/features/service-engine-groups/ServiceEngineGroupsPage')) },
  { path: paths.vrfContexts, page: lazyPage(() => import('@/features/vrf-contexts/VrfContextsPage')) },
  { path: paths.networks, page: lazyPage(() => import('@/features/networks/NetworksPage')) },
  { path: routePatterns.editVirtualService, page: lazyPage(() => import('@/features/vs-wizard/EditVirtualServicePage')) },
  { path: routePatterns.virtualService, page: lazyPage(() => import('@/features/virtual-services/VirtualServiceDetailPage')) },
  { path: routePatterns.seGroup, page: lazyPage(() => import('@/features/service-engine-groups/ServiceEngineGroupPage')) },
  { path: routePatterns.vrfContext, page: lazyPage(() => import('@/features/vrf-contexts/VrfContextPage')) },
];

export function routeAt(pathname: string): ConsoleRoute | undefined {
  return consoleRoutes.find((route) => matchesPath(route.path, pathname));
}

/** The chunks a console URL renders with: the frame and the page (the home URL redirects to Virtual Services). */
function pagesAt(pathname: string): LazyPage[] {
  if (pathname === paths.signIn) return [signInPage];
  const route = routeAt(pathname === paths.home ? paths.virtualServices : pathname);
  return [appLayout, route?.page ?? notFoundPage];
}

export function isRouteLoaded(pathname: string): boolean {
  return pagesAt(pathname).every((page) => page.isLoaded());
}

/** Fetches the code of the page at `pathname` (and its frame); resolves when both can render. */
export function preloadRouteCode(pathname: string): Promise<void> {
  return Promise.all(pagesAt(pathname).map((page) => page.preload())).then(() => undefined);
}

/** Code and first data of the page at this URL, for a signed-in admin in `tenant`. */
export function preloadRoute(
  client: QueryClient,
  tenant: string,
  url: { pathname: string; search: string },
  what: { code?: boolean; data?: boolean } = {},
): void {
  // The queries first: a page's code is many files, and the requests after them would wait for a connection.
  if (what.data !== false) {
    const pathname = url.pathname === paths.home ? paths.virtualServices : url.pathname;
    routeAt(pathname)?.prefetch?.(client, tenant, new URLSearchParams(url.search));
  }
  if (what.code !== false) preloadRouteCode(url.pathname).catch(() => undefined);
}

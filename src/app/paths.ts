/** Every route of the console in one place. Features link through these builders, never by string. */
export const paths = {
  /** Not `/login`: that is the controller's endpoint, proxied in real-controller mode. */
  signIn: '/sign-in',
  home: '/',
  virtualServices: '/applications/virtual-services',
  /** The virtual services that use one object, e.g. `virtualServicesUsing('applicationprofile', uuid, 'System-HTTP')`. */
  virtualServicesUsing: (type: 'applicationprofile' | 'serviceenginegroup' | 'pool' | 'vsvip', uuid: string, name: string) =>
    `/applications/virtual-services?${new URLSearchParams({ refers_to: `${type}:${uuid}`, refers_to_name: name }).toString()}`,
  virtualService: (uuid: string) => `/applications/virtual-services/${encodeURIComponent(uuid)}`,
  createVirtualService: '/applications/virtual-services/create',
  createVirtualServiceBasic: '/applications/virtual-services/create-basic',
  editVirtualService: (uuid: string) => `/applications/virtual-services/${encodeURIComponent(uuid)}/edit`,
  vsVips: '/applications/vs-vips',
  pools: '/applications/pools',
  applicationProfiles: '/templates/application-profiles',
  networkProfiles: '/templates/network-profiles',
  seGroups: '/infrastructure/se-groups',
  seGroup: (uuid: string) => `/infrastructure/se-groups/${encodeURIComponent(uuid)}`,
  vrfContexts: '/infrastructure/vrf-contexts',
  vrfContext: (uuid: string) => `/infrastructure/vrf-contexts/${encodeURIComponent(uuid)}`,
  networks: '/infrastructure/networks',
} as const;

/** Route patterns with parameters, for the route table. */
export const routePatterns = {
  virtualService: '/applications/virtual-services/:uuid',
  editVirtualService: '/applications/virtual-services/:uuid/edit',
  seGroup: '/infrastructure/se-groups/:uuid',
  vrfContext: '/infrastructure/vrf-contexts/:uuid',
} as const;

const listPaths = [paths.virtualServices, paths.vsVips, paths.pools, paths.applicationProfiles, paths.networkProfiles, paths.seGroups, paths.vrfContexts, paths.networks];

/** The list page a page belongs to (itself for a list page): where to go when its object may not exist, e.g. after a tenant switch. */
export function listPathOf(pathname: string): string {
  return listPaths.find((list) => pathname.startsWith(`${list}/`)) ?? pathname;
}

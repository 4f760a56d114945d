/** Every route of the console in one place. Features link through these builders, never by string. */
export const paths = {
  signIn: '/login',
  home: '/',
  virtualServices: '/applications/virtual-services',
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
  networks: '/infrastructure/networks',
} as const;

/** Route patterns with parameters, for the route table. */
export const routePatterns = {
  virtualService: '/applications/virtual-services/:uuid',
  editVirtualService: '/applications/virtual-services/:uuid/edit',
  seGroup: '/infrastructure/se-groups/:uuid',
} as const;

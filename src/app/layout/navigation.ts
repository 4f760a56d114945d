import { paths } from '../paths';

/** The console's navigation, grouped as the vendor's console groups it. Labels are accessible names (SPEC §5). */
export const navigation = [
  {
    group: 'Applications',
    items: [
      { label: 'Virtual Services', to: paths.virtualServices },
      { label: 'VS VIPs', to: paths.vsVips },
      { label: 'Pools', to: paths.pools },
    ],
  },
  {
    group: 'Templates',
    items: [
      { label: 'Application Profiles', to: paths.applicationProfiles },
      { label: 'TCP/UDP Profiles', to: paths.networkProfiles },
    ],
  },
  {
    group: 'Infrastructure',
    items: [
      { label: 'Service Engine Groups', to: paths.seGroups },
      { label: 'VRF Contexts', to: paths.vrfContexts },
      { label: 'Networks', to: paths.networks },
    ],
  },
] as const;

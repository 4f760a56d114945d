import type { RateLimitValues, WizardValues } from './wizard-schema';

export const emptyRateLimit: RateLimitValues = { enabled: false, count: '', period: '1', action: 'RL_ACTION_NONE' };

/** A new virtual service's starting values (Advanced mode leaves real-time metrics off). */
export function blankWizardValues(): WizardValues {
  return {
    settings: {
      name: '',
      description: '',
      enabled: true,
      vip: { mode: 'address', address: '', networkRef: '' },
      services: [{ port: '80', portRangeEnd: '', ssl: false }],
      applicationProfileRef: '',
      networkProfileRef: '',
      pool: { mode: 'new', ref: '', name: '', defaultServerPort: '80', lbAlgorithm: 'LB_ALGORITHM_LEAST_CONNECTIONS', servers: [{ ip: '', port: '', enabled: true }] },
      sslProfileRef: '',
      sslCertificateRef: '',
    },
    policies: { httpPolicySets: [], networkSecurityPolicyRef: '' },
    analytics: {
      analyticsProfileRef: '',
      realtimeMetrics: false,
      realtimeMetricsDuration: '30',
      clientInsights: 'NO_INSIGHTS',
      fullClientLogs: false,
      fullClientLogsDuration: '30',
      allHeaders: false,
    },
    advanced: {
      seGroupRef: '',
      snatIps: '',
      useVipAsSnat: false,
      trafficEnabled: true,
      weight: '1',
      delayFairness: false,
      maxCpsPerClient: '0',
      maxConcurrentConnections: '',
      maxThroughput: '',
      connectionsRateLimit: { ...emptyRateLimit },
      requestsRateLimit: { ...emptyRateLimit },
      enableAutogw: true,
      hostNameXlate: '',
      removeListeningPortOnVsDown: false,
      ignPoolNetReach: false,
    },
  };
}

import type { ObjectType } from '@/domain/model';
import { blankWizardValues } from './model/blank-values';
import type { WizardValues } from './model/wizard-schema';

/** Basic Setup's application types and what each implies (reference §4.1). */
export const applicationTypes = ['HTTP', 'HTTPS', 'L4', 'SSL'] as const;
export type ApplicationType = (typeof applicationTypes)[number];

export const applicationTypeLabels: Record<ApplicationType, string> = {
  HTTP: 'HTTP (port 80)',
  HTTPS: 'HTTPS (port 443, with a certificate)',
  L4: 'L4 (TCP, any port)',
  SSL: 'SSL (layer-4 TLS, port 443)',
};

export const applicationTypeProfiles: Record<ApplicationType, string> = {
  HTTP: 'System-HTTP',
  HTTPS: 'System-Secure-HTTP',
  L4: 'System-L4-Application',
  SSL: 'System-SSL-Application',
};

export const defaultPorts: Record<ApplicationType, string> = { HTTP: '80', HTTPS: '443', L4: '', SSL: '443' };

/** The objects Basic Setup refers to by name, found once. */
export const basicDefaults: [key: string, type: ObjectType, name: string][] = [
  ['System-HTTP', 'applicationprofile', 'System-HTTP'],
  ['System-Secure-HTTP', 'applicationprofile', 'System-Secure-HTTP'],
  ['System-L4-Application', 'applicationprofile', 'System-L4-Application'],
  ['System-SSL-Application', 'applicationprofile', 'System-SSL-Application'],
  ['System-TCP-Proxy', 'networkprofile', 'System-TCP-Proxy'],
  ['System-Standard', 'sslprofile', 'System-Standard'],
  ['System-Default-Cert', 'sslkeyandcertificate', 'System-Default-Cert'],
  ['System-Analytics-Profile', 'analyticsprofile', 'System-Analytics-Profile'],
  ['Default-Group', 'serviceenginegroup', 'Default-Group'],
];

export type BasicRefs = Record<string, string>;

/**
 * The wizard values Basic Setup stands for: pool `<name>-pool`, the type's default profile, TCP Proxy, and
 * (as the vendor's basic mode does) real-time metrics for 60 minutes and full client logs for 30.
 */
export function applyApplicationType(values: WizardValues, type: ApplicationType, port: string, refs: BasicRefs): WizardValues {
  const ssl = type === 'HTTPS' || type === 'SSL';
  return {
    ...values,
    settings: {
      ...values.settings,
      services: [{ port: port || defaultPorts[type], portRangeEnd: '', ssl }],
      applicationProfileRef: refs[applicationTypeProfiles[type]] ?? '',
      networkProfileRef: refs['System-TCP-Proxy'] ?? '',
      sslProfileRef: ssl ? (refs['System-Standard'] ?? '') : '',
      sslCertificateRef: ssl ? (refs['System-Default-Cert'] ?? '') : '',
      pool: { ...values.settings.pool, mode: 'new', name: values.settings.name.trim() ? `${values.settings.name.trim()}-pool` : '' },
    },
  };
}

export function basicStartValues(refs: BasicRefs): WizardValues {
  const values = blankWizardValues();
  values.analytics = { ...values.analytics, analyticsProfileRef: refs['System-Analytics-Profile'] ?? '', realtimeMetrics: true, realtimeMetricsDuration: '60', fullClientLogs: true, fullClientLogsDuration: '30' };
  values.advanced.seGroupRef = refs['Default-Group'] ?? '';
  return applyApplicationType(values, 'HTTP', '80', refs);
}

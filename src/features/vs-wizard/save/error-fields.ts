import { ApiError } from '@/api/errors';
import type { StepId } from '../model/wizard-schema';
import type { PlanStep } from './plan';

/**
 * Where a controller error belongs in the wizard: the field it is about when the message names one (field
 * paths in `Field "…"` messages, API field names, or the wording of the rule messages), else the step.
 */
export interface MappedError {
  step: StepId;
  /** A form field path (`settings.name`), when the error could be tied to one. */
  field?: string;
  message: string;
}

/** API field (first path segment) → wizard field, per object type; `@step` for errors shown at the top of a step. */
const fieldsByType: Record<PlanStep['type'], Record<string, string>> = {
  virtualservice: {
    name: 'settings.name',
    description: 'settings.description',
    services: 'settings.services.0.port',
    application_profile_ref: 'settings.applicationProfileRef',
    network_profile_ref: 'settings.networkProfileRef',
    pool_ref: 'settings.pool.ref',
    vsvip_ref: 'settings.vip.address',
    ssl_profile_ref: 'settings.sslProfileRef',
    ssl_key_and_certificate_refs: 'settings.sslCertificateRef',
    http_policies: '@policies',
    network_security_policy_ref: 'policies.networkSecurityPolicyRef',
    analytics_profile_ref: 'analytics.analyticsProfileRef',
    analytics_policy: '@analytics',
    se_group_ref: 'advanced.seGroupRef',
    snat_ip: 'advanced.snatIps',
    use_vip_as_snat: 'advanced.useVipAsSnat',
    traffic_enabled: 'advanced.trafficEnabled',
    weight: 'advanced.weight',
    max_cps_per_client: 'advanced.maxCpsPerClient',
    performance_limits: 'advanced.maxConcurrentConnections',
    connections_rate_limit: 'advanced.connectionsRateLimit.count',
    requests_rate_limit: 'advanced.requestsRateLimit.count',
    host_name_xlate: 'advanced.hostNameXlate',
    enable_autogw: 'advanced.enableAutogw',
  },
  pool: {
    name: 'settings.pool.name',
    servers: 'settings.pool.servers',
    default_server_port: 'settings.pool.defaultServerPort',
    lb_algorithm: 'settings.pool.lbAlgorithm',
  },
  vsvip: {
    name: 'settings.name',
    vip: 'settings.vip.address',
  },
};

/** Phrases of the rule and controller messages that identify a field (checked in order). */
const phrases: [RegExp, string][] = [
  [/\bsnat\b|use vip as snat/i, 'advanced.snatIps'],
  [/service engine group|se_group/i, 'advanced.seGroupRef'],
  [/no available free ips|ipam/i, 'settings.vip.networkRef'],
  [/application profile/i, 'settings.applicationProfileRef'],
  [/\bpool\b|back-end servers|servers/i, 'settings.pool.ref'],
];

export function stepOfField(field: string): StepId {
  return field.split('.')[0] as StepId;
}

function fromFieldPath(step: PlanStep, path: string): string | undefined {
  const segments = path.split('.');
  const top = segments[0]!;
  if (step.type === 'virtualservice' && top === 'services' && /^\d+$/.test(segments[1] ?? '')) {
    return `settings.services.${segments[1]}.${segments[2] === 'port_range_end' ? 'portRangeEnd' : 'port'}`;
  }
  if (step.type === 'pool' && top === 'servers' && /^\d+$/.test(segments[1] ?? '')) {
    return `settings.pool.servers.${segments[1]}.${segments[2] === 'port' ? 'port' : 'ip'}`;
  }
  return fieldsByType[step.type][top];
}

export function mapSaveError(error: unknown, step: PlanStep, poolMode: 'new' | 'existing' | 'none'): MappedError {
  const message = error instanceof Error ? error.message : String(error);
  const fallbackStep: StepId = 'review';
  if (!(error instanceof ApiError) || error.status >= 500) return { step: fallbackStep, message };

  if (error.status === 409 || /already exists/i.test(message)) {
    if (step.type === 'virtualservice') return { step: 'settings', field: 'settings.name', message: `A virtual service named "${step.name}" already exists in this tenant. Choose another name.` };
    if (step.type === 'pool') return { step: 'settings', field: 'settings.pool.name', message: `A pool named "${step.name}" already exists in this tenant. Choose another name, or use the existing pool.` };
    return { step: 'settings', field: 'settings.name', message: `A VS VIP named "${step.name}" already exists in this tenant. Choose another virtual service name.` };
  }

  const fieldPath = /Field "([^"]+)"/.exec(message)?.[1];
  let field = fieldPath ? fromFieldPath(step, fieldPath) : undefined;
  if (!field) {
    const named = Object.keys(fieldsByType[step.type]).find((api) => new RegExp(`\\b${api}\\b`).test(message));
    if (named) field = fieldsByType[step.type][named];
  }
  if (!field && error.status === 400) field = phrases.find(([pattern]) => pattern.test(message))?.[1];
  if (field === 'settings.pool.ref' && poolMode !== 'existing') field = poolMode === 'new' ? 'settings.pool.servers' : undefined;
  if (field === 'settings.pool.servers') field = 'settings.pool.servers.0.ip';
  if (field?.startsWith('@')) return { step: field.slice(1) as StepId, message };
  return field ? { step: stepOfField(field), field, message } : { step: fallbackStep, message };
}

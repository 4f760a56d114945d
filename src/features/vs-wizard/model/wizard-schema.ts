import { z } from 'zod';
import { clientInsightsModes, lbAlgorithms } from '@/domain/model';
import { isIpv4 } from '@/domain/net/ipv4';
import { splitAddresses } from './addresses';
import { rateLimitActions } from './rate-limit-actions';
import type { StepId } from './wizard-steps';

/**
 * The wizard's one form, typed by one schema composed of the step schemas. Numbers are kept as the text
 * the admin typed, so bad input is shown back with a message instead of being lost; the mapping to the API
 * object converts them.
 */

const wholeNumber = (label: string, min: number, max: number, extra?: { allowZero?: boolean; unit?: string }) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${label} must be a whole number`)
    .refine(
      (text) => (extra?.allowZero && Number(text) === 0) || (Number(text) >= min && Number(text) <= max),
      `${label} must be ${extra?.allowZero ? '0 or ' : ''}from ${min} to ${max}${extra?.unit ? ` ${extra.unit}` : ''}`,
    );

const optionalWholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((text) => text === '' || /^\d+$/.test(text), `${label} must be a whole number`)
    .refine((text) => text === '' || (Number(text) >= min && Number(text) <= max), `${label} must be from ${min} to ${max}`);

const ipv4Text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .superRefine((text, ctx) => {
      if (text !== '' && !isIpv4(text)) ctx.addIssue({ code: 'custom', message: `"${text}" is not an IPv4 address (for example 10.10.10.21)` });
    });

export const serviceSchema = z
  .object({
    port: wholeNumber('Port', 1, 65535),
    portRangeEnd: optionalWholeNumber('Port range end', 1, 65535),
    ssl: z.boolean(),
  })
  .superRefine((service, ctx) => {
    if (service.portRangeEnd !== '' && /^\d+$/.test(service.port) && Number(service.portRangeEnd) < Number(service.port)) {
      ctx.addIssue({ code: 'custom', path: ['portRangeEnd'], message: 'The port range must not end below its first port' });
    }
  });
export type ServiceValues = z.infer<typeof serviceSchema>;

export const serverSchema = z.object({
  ip: ipv4Text('server IP address'),
  port: optionalWholeNumber('Server port', 1, 65535),
  enabled: z.boolean(),
});
export type ServerValues = z.infer<typeof serverSchema>;

export const poolModes = ['existing', 'new', 'none'] as const;

export const poolSchema = z
  .object({
    mode: z.enum(poolModes),
    /** The chosen existing pool (mode `existing`). */
    ref: z.string(),
    /** The pool's own settings: a new pool's, or the loaded pool's when editing its servers. */
    name: z.string().trim().max(255, 'The name can have at most 255 characters'),
    defaultServerPort: wholeNumber('Default server port', 1, 65535),
    lbAlgorithm: z.enum(lbAlgorithms),
    servers: z.array(serverSchema).max(5000, 'A pool can have at most 5000 servers'),
  })
  .superRefine((pool, ctx) => {
    if (pool.mode === 'existing' && pool.ref === '') ctx.addIssue({ code: 'custom', path: ['ref'], message: 'Choose a pool, or create a new one' });
    if (pool.mode === 'new') {
      if (pool.name.trim() === '') ctx.addIssue({ code: 'custom', path: ['name'], message: 'Enter a name for the new pool' });
      if (pool.servers.length === 0) ctx.addIssue({ code: 'custom', path: ['servers'], message: 'Add at least one server' });
    }
    const seen = new Set<string>();
    pool.servers.forEach((server, index) => {
      const key = `${server.ip.trim()}:${server.port.trim() || pool.defaultServerPort.trim()}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['servers', index, 'ip'], message: `Server ${key} is listed twice` });
      seen.add(key);
    });
  });
export type PoolValues = z.infer<typeof poolSchema>;

export const vipSchema = z
  .object({
    mode: z.enum(['address', 'auto']),
    address: z.string().trim(),
    /** Network to allocate from when `mode` is `auto`. */
    networkRef: z.string(),
  })
  .superRefine((vip, ctx) => {
    if (vip.mode === 'address') {
      if (vip.address === '') ctx.addIssue({ code: 'custom', path: ['address'], message: 'Enter the VIP address, or choose to auto-allocate it' });
      else if (!isIpv4(vip.address)) ctx.addIssue({ code: 'custom', path: ['address'], message: `"${vip.address}" is not an IPv4 address (for example 10.10.40.100)` });
    }
    if (vip.mode === 'auto' && vip.networkRef === '') ctx.addIssue({ code: 'custom', path: ['networkRef'], message: 'Choose the network to allocate the VIP from' });
  });
export type VipValues = z.infer<typeof vipSchema>;

export const settingsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name for the virtual service')
      .max(255, 'The name can have at most 255 characters'),
    description: z.string().max(1024, 'The description can have at most 1024 characters'),
    enabled: z.boolean(),
    vip: vipSchema,
    services: z.array(serviceSchema).min(1, 'Add at least one service port').max(2048, 'At most 2048 services'),
    applicationProfileRef: z.string().min(1, 'Choose an application profile'),
    networkProfileRef: z.string(),
    pool: poolSchema,
    sslProfileRef: z.string(),
    sslCertificateRef: z.string(),
  })
  .superRefine((settings, ctx) => {
    const ranges = settings.services
      .map((s, index) => ({ index, from: Number(s.port), to: Number(s.portRangeEnd || s.port) }))
      .filter((r) => Number.isInteger(r.from) && Number.isInteger(r.to));
    for (const a of ranges) {
      const clash = ranges.find((b) => b.index < a.index && a.from <= b.to && b.from <= a.to);
      if (clash) ctx.addIssue({ code: 'custom', path: ['services', a.index, 'port'], message: `Overlaps the service on port ${settings.services[clash.index]?.port}` });
    }
    if (settings.services.some((s) => s.ssl)) {
      if (settings.sslProfileRef === '') ctx.addIssue({ code: 'custom', path: ['sslProfileRef'], message: 'A service uses SSL: choose an SSL profile' });
      if (settings.sslCertificateRef === '') ctx.addIssue({ code: 'custom', path: ['sslCertificateRef'], message: 'A service uses SSL: choose an SSL certificate' });
    }
  });
export type SettingsValues = z.infer<typeof settingsSchema>;

export const policiesSchema = z
  .object({
    httpPolicySets: z.array(z.object({ ref: z.string().min(1, 'Choose an HTTP policy set') })).max(50, 'At most 50 HTTP policy sets'),
    networkSecurityPolicyRef: z.string(),
  })
  .superRefine((policies, ctx) => {
    policies.httpPolicySets.forEach((entry, index) => {
      if (entry.ref && policies.httpPolicySets.findIndex((other) => other.ref === entry.ref) < index) {
        ctx.addIssue({ code: 'custom', path: ['httpPolicySets', index, 'ref'], message: 'This HTTP policy set is already listed' });
      }
    });
  });
export type PoliciesValues = z.infer<typeof policiesSchema>;

export const analyticsSchema = z.object({
  analyticsProfileRef: z.string(),
  realtimeMetrics: z.boolean(),
  realtimeMetricsDuration: wholeNumber('Duration', 0, 1000000, { unit: 'minutes' }),
  clientInsights: z.enum(clientInsightsModes),
  fullClientLogs: z.boolean(),
  fullClientLogsDuration: wholeNumber('Duration', 0, 1000000, { unit: 'minutes' }),
  allHeaders: z.boolean(),
});
export type AnalyticsValues = z.infer<typeof analyticsSchema>;

const rateLimitSchema = z
  .object({
    enabled: z.boolean(),
    count: z.string().trim(),
    period: z.string().trim(),
    action: z.enum(rateLimitActions),
  })
  .superRefine((limit, ctx) => {
    if (!limit.enabled) return;
    const count = wholeNumber('Threshold', 10, 2500).safeParse(limit.count);
    if (!count.success) ctx.addIssue({ code: 'custom', path: ['count'], message: count.error.issues[0]!.message });
    const period = wholeNumber('Period', 1, 300, { unit: 'seconds' }).safeParse(limit.period);
    if (!period.success) ctx.addIssue({ code: 'custom', path: ['period'], message: period.error.issues[0]!.message });
  });
export type RateLimitValues = z.infer<typeof rateLimitSchema>;

export const advancedSchema = z.object({
  /** Empty: the cloud's default group (Default-Group), as the controller does. */
  seGroupRef: z.string(),
  /** One or more IPv4 addresses separated by commas or spaces. */
  snatIps: z
    .string()
    .superRefine((text, ctx) => {
      const bad = splitAddresses(text).filter((address) => !isIpv4(address));
      if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `Not an IPv4 address: ${bad.join(', ')} (for example 10.10.40.50)` });
    })
    .refine((text) => splitAddresses(text).length <= 32, 'At most 32 SNAT addresses')
    .refine((text) => new Set(splitAddresses(text)).size === splitAddresses(text).length, 'An address is listed twice'),
  useVipAsSnat: z.boolean(),
  trafficEnabled: z.boolean(),
  weight: wholeNumber('Weight', 1, 128),
  delayFairness: z.boolean(),
  maxCpsPerClient: wholeNumber('Maximum connections per second per client', 10, 1000, { allowZero: true }),
  maxConcurrentConnections: optionalWholeNumber('Maximum concurrent connections', 0, 2147483647),
  maxThroughput: optionalWholeNumber('Maximum throughput', 0, 2147483647),
  connectionsRateLimit: rateLimitSchema,
  requestsRateLimit: rateLimitSchema,
  enableAutogw: z.boolean(),
  hostNameXlate: z.string().trim().max(255, 'At most 255 characters'),
  removeListeningPortOnVsDown: z.boolean(),
  ignPoolNetReach: z.boolean(),
});
export type AdvancedValues = z.infer<typeof advancedSchema>;

export const wizardSchema = z.object({
  settings: settingsSchema,
  policies: policiesSchema,
  analytics: analyticsSchema,
  advanced: advancedSchema,
});
export type WizardValues = z.infer<typeof wizardSchema>;

/** The form fields each step validates on Next (`trigger()`); Review validates all of them. */
export const stepFieldRoots: Record<Exclude<StepId, 'review'>, 'settings' | 'policies' | 'analytics' | 'advanced'> = {
  settings: 'settings',
  policies: 'policies',
  analytics: 'analytics',
  advanced: 'advanced',
};
export type { StepId } from './wizard-steps';

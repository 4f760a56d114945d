import { z } from 'zod';
import { objectMetaShape } from './primitives';

export const healthMonitorTypes = [
  'HEALTH_MONITOR_PING',
  'HEALTH_MONITOR_TCP',
  'HEALTH_MONITOR_HTTP',
  'HEALTH_MONITOR_HTTPS',
  'HEALTH_MONITOR_EXTERNAL',
  'HEALTH_MONITOR_UDP',
  'HEALTH_MONITOR_DNS',
  'HEALTH_MONITOR_GSLB',
  'HEALTH_MONITOR_SIP',
] as const;

const HttpMonitorSchema = z.looseObject({
  http_request: z.string().default('GET / HTTP/1.0'),
  http_response_code: z.array(z.enum(['HTTP_ANY', 'HTTP_1XX', 'HTTP_2XX', 'HTTP_3XX', 'HTTP_4XX', 'HTTP_5XX'])).optional(),
  http_response: z.string().optional(),
  exact_http_request: z.boolean().default(false),
});

export const HealthMonitorSchema = z
  .looseObject({
    ...objectMetaShape,
    type: z.enum(healthMonitorTypes),
    send_interval: z.int().min(1).max(3600).default(10),
    receive_timeout: z.int().min(1).max(2400).default(4),
    successful_checks: z.int().min(1).max(50).default(2),
    failed_checks: z.int().min(1).max(50).default(2),
    monitor_port: z.int().min(1).max(65535).optional(),
    is_federated: z.boolean().default(false),
    http_monitor: HttpMonitorSchema.optional(),
    https_monitor: HttpMonitorSchema.optional(),
    tcp_monitor: z.looseObject({}).optional(),
    udp_monitor: z.looseObject({}).optional(),
  })
  .refine((hm) => hm.receive_timeout < hm.send_interval, {
    path: ['receive_timeout'],
    message: 'must be less than send_interval',
  });
export type HealthMonitor = z.infer<typeof HealthMonitorSchema>;

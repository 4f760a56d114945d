import { z } from 'zod';
import { IpAddrSchema, objectMetaShape, portNumber, RefSchema } from './primitives';
import { VipSchema } from './vs-vip';
import { cloudTypes } from './cloud';
import { clientInsightsModes, rateLimiterActionTypes, flowDistributions, virtualServiceTypes } from './virtual-service-choices';

export { clientInsightsModes, rateLimiterActionTypes, flowDistributions, virtualServiceTypes } from './virtual-service-choices';

/** 17.2: ports 1-65535 (30.2 allows 0). `port_range_end` 0 means a single port. */
export const ServiceSchema = z
  .looseObject({
    port: portNumber(),
    port_range_end: z.int().min(0).max(65535).optional(),
    enable_ssl: z.boolean().default(false),
    override_network_profile_ref: RefSchema.optional(),
    override_application_profile_ref: RefSchema.optional(),
  })
  .refine((s) => !s.port_range_end || s.port_range_end >= s.port, {
    path: ['port_range_end'],
    message: 'must not be lower than port',
  });
export type Service = z.infer<typeof ServiceSchema>;

export const AnalyticsPolicySchema = z.looseObject({
  full_client_logs: z
    .looseObject({
      enabled: z.boolean(),
      duration: z.int().min(0).default(30),
      throttle: z.int().min(0).default(10),
      all_headers: z.boolean().default(false),
    })
    .optional(),
  metrics_realtime_update: z
    .looseObject({
      enabled: z.boolean(),
      duration: z.int().min(0).default(30),
    })
    .optional(),
  client_insights: z.enum(clientInsightsModes).default('NO_INSIGHTS'),
  significant_log_throttle: z.int().min(0).default(10),
  udf_log_throttle: z.int().min(0).default(10),
  enabled: z.boolean().default(true),
});
export type AnalyticsPolicy = z.infer<typeof AnalyticsPolicySchema>;

const zeroOr = (min: number, max: number, meaning: string) =>
  z.int().refine((n) => n === 0 || (n >= min && n <= max), `must be 0 (${meaning}) or ${min}-${max}`);

export const RateProfileSchema = z.looseObject({
  /** 0 means unlimited. */
  count: zeroOr(10, 2500, 'unlimited').optional(),
  period: z.int().min(1).max(300).default(1),
  /** 0 means automatic. */
  burst_sz: zeroOr(10, 2500, 'automatic').optional(),
  explicit_tracking: z.boolean().default(false),
  fine_grain: z.boolean().default(false),
  action: z.looseObject({
    type: z.enum(rateLimiterActionTypes).default('RL_ACTION_NONE'),
    status_code: z
      .enum([
        'HTTP_LOCAL_RESPONSE_STATUS_CODE_200',
        'HTTP_LOCAL_RESPONSE_STATUS_CODE_403',
        'HTTP_LOCAL_RESPONSE_STATUS_CODE_404',
        'HTTP_LOCAL_RESPONSE_STATUS_CODE_429',
      ])
      .optional(),
  }),
});
export type RateProfile = z.infer<typeof RateProfileSchema>;

export const VirtualServiceSchema = z.looseObject({
  ...objectMetaShape,
  type: z.enum(virtualServiceTypes).default('VS_TYPE_NORMAL'),
  enabled: z.boolean().default(true),
  /** Introduced in 17.2.8. Only effective while `enabled`. */
  traffic_enabled: z.boolean().default(true),
  services: z.array(ServiceSchema).max(2048).optional(),
  vsvip_ref: RefSchema.optional(),
  vip: z.array(VipSchema).optional(),
  pool_ref: RefSchema.optional(),
  pool_group_ref: RefSchema.optional(),
  application_profile_ref: RefSchema.optional(),
  network_profile_ref: RefSchema.optional(),
  server_network_profile_ref: RefSchema.optional(),
  se_group_ref: RefSchema.optional(),
  cloud_ref: RefSchema.optional(),
  cloud_type: z.enum(cloudTypes).default('CLOUD_NONE'),
  vrf_context_ref: RefSchema.optional(),
  analytics_profile_ref: RefSchema.optional(),
  analytics_policy: AnalyticsPolicySchema.optional(),
  ssl_profile_ref: RefSchema.optional(),
  ssl_key_and_certificate_refs: z.array(RefSchema).optional(),
  http_policies: z.array(z.looseObject({ index: z.int(), http_policy_set_ref: RefSchema })).optional(),
  network_security_policy_ref: RefSchema.optional(),
  /** Source-NAT addresses. Mutually exclusive with preserving the client IP (rule PCIP-SNAT). */
  snat_ip: z.array(IpAddrSchema).max(32).optional(),
  /** Introduced in 17.1.9/17.2.3. Mutually exclusive with preserving the client IP (rule PCIP-SNAT). */
  use_vip_as_snat: z.boolean().default(false),
  enable_autogw: z.boolean().default(true),
  weight: z.int().min(1).max(128).default(1),
  delay_fairness: z.boolean().default(false),
  max_cps_per_client: zeroOr(10, 1000, 'unlimited').default(0),
  limit_doser: z.boolean().default(false),
  performance_limits: z
    .looseObject({
      max_concurrent_connections: z.int().min(0).optional(),
      max_throughput: z.int().min(0).optional(),
    })
    .optional(),
  connections_rate_limit: RateProfileSchema.optional(),
  requests_rate_limit: RateProfileSchema.optional(),
  flow_dist: z.enum(flowDistributions).default('LOAD_AWARE'),
  flow_label_type: z.enum(['NO_LABEL', 'APPLICATION_LABEL', 'SERVICE_LABEL']).default('NO_LABEL'),
  active_standby_se_tag: z.enum(['ACTIVE_STANDBY_SE_1', 'ACTIVE_STANDBY_SE_2']).default('ACTIVE_STANDBY_SE_1'),
  ign_pool_net_reach: z.boolean().default(false),
  host_name_xlate: z.string().optional(),
  fqdn: z.string().optional(),
  ssl_sess_cache_avg_size: z.int().min(1024).max(16383).default(1024),
  remove_listening_port_on_vs_down: z.boolean().default(false),
  close_client_conn_on_config_update: z.boolean().default(false),
  scaleout_ecmp: z.boolean().default(false),
  east_west_placement: z.boolean().default(false),
  use_bridge_ip_as_vip: z.boolean().default(false),
  bulk_sync_kvcache: z.boolean().default(false),
  min_pools_up: z.int().min(0).optional(),
  created_by: z.string().optional(),
});
export type VirtualService = z.infer<typeof VirtualServiceSchema>;
export type VirtualServiceInput = z.input<typeof VirtualServiceSchema>;

export { hasSnat } from './predicates';

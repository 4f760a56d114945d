import { z } from 'zod';
import { IpAddrSchema, objectMetaShape, RefSchema } from './primitives';
import { lbAlgorithms, lbAlgorithmHashes } from './pool-choices';

export { lbAlgorithms, lbAlgorithmLabels, lbAlgorithmHashes, type LbAlgorithm } from './pool-choices';

export const ServerSchema = z.looseObject({
  ip: IpAddrSchema,
  /** 0 or absent: use the pool's `default_server_port`. */
  port: z.int().min(0).max(65535).optional(),
  enabled: z.boolean().default(true),
  ratio: z.int().min(1).max(20).default(1),
  hostname: z.string().optional(),
  description: z.string().optional(),
  verify_network: z.boolean().default(false),
  resolve_server_by_dns: z.boolean().default(false),
  static: z.boolean().default(false),
  rewrite_host_header: z.boolean().default(false),
});
export type Server = z.infer<typeof ServerSchema>;

export const PoolSchema = z.looseObject({
  ...objectMetaShape,
  enabled: z.boolean().default(true),
  cloud_ref: RefSchema.optional(),
  vrf_ref: RefSchema.optional(),
  servers: z.array(ServerSchema).max(5000).optional(),
  default_server_port: z.int().min(1).max(65535).default(80),
  lb_algorithm: z.enum(lbAlgorithms).default('LB_ALGORITHM_LEAST_CONNECTIONS'),
  lb_algorithm_hash: z.enum(lbAlgorithmHashes).default('LB_ALGORITHM_CONSISTENT_HASH_SOURCE_IP_ADDRESS'),
  health_monitor_refs: z.array(RefSchema).max(50).optional(),
  inline_health_monitor: z.boolean().default(true),
  application_persistence_profile_ref: RefSchema.optional(),
  ssl_profile_ref: RefSchema.optional(),
  ssl_key_and_certificate_ref: RefSchema.optional(),
  use_service_port: z.boolean().default(false),
  graceful_disable_timeout: z.int().min(-1).max(7200).default(1),
  connection_ramp_duration: z.int().min(0).max(300).default(10),
  max_concurrent_connections_per_server: z.int().min(0).default(0),
  request_queue_enabled: z.boolean().default(false),
  request_queue_depth: z.int().min(0).default(128),
  sni_enabled: z.boolean().default(true),
  host_check_enabled: z.boolean().default(false),
  capacity_estimation: z.boolean().default(false),
  fewest_tasks_feedback_delay: z.int().min(1).max(300).default(10),
  lb_algorithm_core_nonaffinity: z.int().min(1).max(65535).default(2),
  rewrite_host_header_to_sni: z.boolean().default(false),
  rewrite_host_header_to_server_name: z.boolean().default(false),
  lookup_server_by_name: z.boolean().default(false),
  east_west: z.boolean().default(false),
  created_by: z.string().optional(),
});
export type Pool = z.infer<typeof PoolSchema>;

import { z } from 'zod';
import { objectMetaShape } from './primitives';
import { networkProfileTypes } from './network-profile-choices';

export { networkProfileTypes, networkProfileTypeLabels, type NetworkProfileType } from './network-profile-choices';

export const TcpProxyProfileSchema = z.looseObject({
  automatic: z.boolean().default(true),
  idle_connection_timeout: z.int().min(5).max(3600).default(600),
  idle_connection_type: z.enum(['KEEP_ALIVE', 'CLOSE_IDLE']).default('KEEP_ALIVE'),
  receive_window: z.int().min(32).max(65536).default(64),
  time_wait_delay: z.int().min(500).max(2000).default(2000),
  max_retransmissions: z.int().min(3).max(8).default(8),
  max_syn_retransmissions: z.int().min(3).max(8).default(8),
  cc_algo: z.enum(['CC_ALGO_NEW_RENO', 'CC_ALGO_CUBIC', 'CC_ALGO_HTCP']).default('CC_ALGO_NEW_RENO'),
  nagles_algorithm: z.boolean().default(false),
  use_interface_mtu: z.boolean().default(true),
  ignore_time_wait: z.boolean().default(false),
  aggressive_congestion_avoidance: z.boolean().default(false),
});

export const NetworkProfileSchema = z.looseObject({
  ...objectMetaShape,
  profile: z.looseObject({
    type: z.enum(networkProfileTypes).default('PROTOCOL_TYPE_TCP_PROXY'),
    tcp_proxy_profile: TcpProxyProfileSchema.optional(),
    tcp_fast_path_profile: z
      .looseObject({
        session_idle_timeout: z.int().min(5).max(3600).default(300),
        enable_syn_protection: z.boolean().default(false),
      })
      .optional(),
    udp_fast_path_profile: z
      .looseObject({
        session_idle_timeout: z.int().min(2).max(3600).default(10),
        per_pkt_loadbalance: z.boolean().default(false),
        snat: z.boolean().default(true),
      })
      .optional(),
    udp_proxy_profile: z.looseObject({}).optional(),
  }),
});
export type NetworkProfile = z.infer<typeof NetworkProfileSchema>;

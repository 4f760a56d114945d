import { z } from 'zod';
import { IpAddrSchema, objectMetaShape, RefSchema } from './primitives';
import { haModes } from './service-engine-group-choices';

export { haModes, haModeLabels, type HaMode } from './service-engine-group-choices';

/**
 * IP routing (`enable_routing`) and floating interface IPs live on the SE group in API 17.2.
 * From 18.2.5 they move to a NetworkService object and in 22.1 these SE group fields are removed;
 * see `domain/api-version.ts`.
 */
export const ServiceEngineGroupSchema = z.looseObject({
  ...objectMetaShape,
  cloud_ref: RefSchema.optional(),
  ha_mode: z.enum(haModes).default('HA_MODE_SHARED'),
  active_standby: z.boolean().default(false),
  distribute_load_active_standby: z.boolean().default(false),
  enable_routing: z.boolean().default(false),
  enable_vip_on_all_interfaces: z.boolean().default(true),
  enable_vmac: z.boolean().default(false),
  advertise_backend_networks: z.boolean().default(false),
  floating_intf_ip: z.array(IpAddrSchema).optional(),
  floating_intf_ip_se_2: z.array(IpAddrSchema).optional(),
  max_se: z.int().min(0).max(1000).default(10),
  min_se: z.int().min(0).max(1000).default(1),
  buffer_se: z.int().default(1),
  max_vs_per_se: z.int().min(1).max(1000).default(10),
  min_scaleout_per_vs: z.int().min(1).max(64).default(1),
  max_scaleout_per_vs: z.int().min(1).max(64).default(4),
  algo: z.enum(['PLACEMENT_ALGO_PACKED', 'PLACEMENT_ALGO_DISTRIBUTED']).default('PLACEMENT_ALGO_PACKED'),
  se_name_prefix: z.string().default('Avi'),
  vcpus_per_se: z.int().default(1),
  memory_per_se: z.int().default(2048),
  disk_per_se: z.int().default(10),
  hm_on_standby: z.boolean().default(true),
  vs_host_redundancy: z.boolean().default(true),
});
export type ServiceEngineGroup = z.infer<typeof ServiceEngineGroupSchema>;

import { z } from 'zod';
import { objectMetaShape, RefSchema } from './primitives';
import { cloudTypes } from './cloud-choices';

export { cloudTypes, type CloudType } from './cloud-choices';

export const CloudSchema = z.looseObject({
  ...objectMetaShape,
  vtype: z.enum(cloudTypes).default('CLOUD_NONE'),
  dhcp_enabled: z.boolean().default(false),
  mtu: z.int().default(1500),
  prefer_static_routes: z.boolean().default(false),
  enable_vip_static_routes: z.boolean().default(false),
  state_based_dns_registration: z.boolean().default(true),
  apic_mode: z.boolean().default(false),
  ipam_provider_ref: RefSchema.optional(),
  dns_provider_ref: RefSchema.optional(),
});
export type Cloud = z.infer<typeof CloudSchema>;

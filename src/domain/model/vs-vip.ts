import { z } from 'zod';
import { IpAddrPrefixSchema, IpAddrSchema, objectMetaShape, RefSchema } from './primitives';

export const VipSchema = z.looseObject({
  vip_id: z.string().min(1, 'is required'),
  ip_address: IpAddrSchema.optional(),
  ip6_address: IpAddrSchema.optional(),
  auto_allocate_ip: z.boolean().default(false),
  auto_allocate_floating_ip: z.boolean().default(false),
  avi_allocated_vip: z.boolean().default(false),
  avi_allocated_fip: z.boolean().default(false),
  enabled: z.boolean().default(true),
  network_ref: RefSchema.optional(),
  subnet: IpAddrPrefixSchema.optional(),
  ipam_network_subnet: z
    .looseObject({ network_ref: RefSchema.optional(), subnet: IpAddrPrefixSchema.optional(), subnet_uuid: z.string().optional() })
    .optional(),
});
export type Vip = z.infer<typeof VipSchema>;

export const VsVipSchema = z.looseObject({
  ...objectMetaShape,
  cloud_ref: RefSchema.optional(),
  vrf_context_ref: RefSchema.optional(),
  vip: z.array(VipSchema).optional(),
  dns_info: z.array(z.looseObject({ fqdn: z.string().optional() })).optional(),
  east_west_placement: z.boolean().default(false),
});
export type VsVip = z.infer<typeof VsVipSchema>;

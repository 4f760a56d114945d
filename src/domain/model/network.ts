import { z } from 'zod';
import { IpAddrPrefixSchema, IpAddrSchema, objectMetaShape, RefSchema } from './primitives';

export const SubnetSchema = z.looseObject({
  prefix: IpAddrPrefixSchema,
  static_ips: z.array(IpAddrSchema).optional(),
});
export type Subnet = z.infer<typeof SubnetSchema>;

/** A network the Service Engines are attached to: its configured subnets are directly connected. */
export const NetworkSchema = z.looseObject({
  ...objectMetaShape,
  cloud_ref: RefSchema.optional(),
  vrf_context_ref: RefSchema.optional(),
  configured_subnets: z.array(SubnetSchema).optional(),
  dhcp_enabled: z.boolean().default(true),
  exclude_discovered_subnets: z.boolean().default(false),
  synced_from_se: z.boolean().default(false),
  vcenter_dvs: z.boolean().default(true),
});
export type Network = z.infer<typeof NetworkSchema>;

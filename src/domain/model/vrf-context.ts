import { z } from 'zod';
import { IpAddrPrefixSchema, IpAddrSchema, objectMetaShape, RefSchema } from './primitives';

export const StaticRouteSchema = z.looseObject({
  route_id: z.string().min(1, 'is required'),
  prefix: IpAddrPrefixSchema,
  next_hop: IpAddrSchema,
  if_name: z.string().optional(),
  disable_gateway_monitor: z.boolean().optional(),
});
export type StaticRoute = z.infer<typeof StaticRouteSchema>;

export const VrfContextSchema = z.looseObject({
  ...objectMetaShape,
  cloud_ref: RefSchema.optional(),
  static_routes: z.array(StaticRouteSchema).optional(),
  system_default: z.boolean().default(false),
});
export type VrfContext = z.infer<typeof VrfContextSchema>;

export { GLOBAL_VRF_NAME } from './well-known-names';

export function isDefaultRoute(route: StaticRoute): boolean {
  return route.prefix.mask === 0 && (route.prefix.ip_addr.addr === '0.0.0.0' || route.prefix.ip_addr.addr === '::');
}

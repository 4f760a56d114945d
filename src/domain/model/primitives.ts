import { z } from 'zod';
import { isIpv4, isIpv6 } from '../net/ipv4';
import { ipAddrTypes } from './ip-addr';

export { ipAddrTypes, ipv4 } from './ip-addr';

/**
 * Building blocks shared by every controller object. Schemas are "loose": fields we do not model
 * are kept as they are, so an object read from the controller and written back loses nothing.
 */

export const IpAddrSchema = z
  .looseObject({
    addr: z.string().min(1, 'must not be empty'),
    type: z.enum(ipAddrTypes),
  })
  .superRefine((ip, ctx) => {
    if (ip.type === 'V4' && !isIpv4(ip.addr)) {
      ctx.addIssue({ code: 'custom', path: ['addr'], message: `"${ip.addr}" is not a valid IPv4 address` });
    }
    if (ip.type === 'V6' && !isIpv6(ip.addr)) {
      ctx.addIssue({ code: 'custom', path: ['addr'], message: `"${ip.addr}" is not a valid IPv6 address` });
    }
  });
export type IpAddr = z.infer<typeof IpAddrSchema>;

export const IpAddrPrefixSchema = z.looseObject({
  ip_addr: IpAddrSchema,
  mask: z.int().min(0).max(128),
});
export type IpAddrPrefix = z.infer<typeof IpAddrPrefixSchema>;

/** A reference to another object: `/api/<type>/<uuid>`, an absolute URL, or `/api/<type>?name=<name>`. */
export const RefSchema = z.string().min(1, 'must not be empty');

export const portNumber = () => z.int().min(1).max(65535);

/** Fields every first-class controller object carries. `url` and `_last_modified` are read-only. */
export const objectMetaShape = {
  uuid: z.string().optional(),
  url: z.string().optional(),
  name: z.string().min(1, 'is required').max(255, 'must be at most 255 characters'),
  description: z.string().optional(),
  tenant_ref: RefSchema.optional(),
  _last_modified: z.string().optional(),
};
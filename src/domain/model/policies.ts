import { z } from 'zod';
import { objectMetaShape } from './primitives';

/**
 * Policy objects the wizard's Policies step refers to. Not in the shared Swagger set; modelled with the
 * fields the console shows (name, rules count) and kept loose so their rules survive round trips.
 */
export const HttpPolicySetSchema = z.looseObject({
  ...objectMetaShape,
  is_internal_policy: z.boolean().default(false),
  http_request_policy: z.looseObject({ rules: z.array(z.looseObject({})).optional() }).optional(),
  http_response_policy: z.looseObject({ rules: z.array(z.looseObject({})).optional() }).optional(),
  http_security_policy: z.looseObject({ rules: z.array(z.looseObject({})).optional() }).optional(),
});
export type HttpPolicySet = z.infer<typeof HttpPolicySetSchema>;

export const NetworkSecurityPolicySchema = z.looseObject({
  ...objectMetaShape,
  rules: z.array(z.looseObject({})).optional(),
});
export type NetworkSecurityPolicy = z.infer<typeof NetworkSecurityPolicySchema>;

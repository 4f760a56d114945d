import { z } from 'zod';
import { objectMetaShape } from './primitives';

export const TenantSchema = z.looseObject({
  ...objectMetaShape,
  local: z.boolean().default(true),
  config_settings: z
    .looseObject({
      tenant_vrf: z.boolean().default(false),
      se_in_provider_context: z.boolean().default(true),
      tenant_access_to_provider_se: z.boolean().default(true),
    })
    .optional(),
  created_by: z.string().optional(),
});
export type Tenant = z.infer<typeof TenantSchema>;

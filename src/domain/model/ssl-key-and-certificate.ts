import { z } from 'zod';
import { objectMetaShape, RefSchema } from './primitives';

export const SslKeyAndCertificateSchema = z.looseObject({
  ...objectMetaShape,
  type: z
    .enum(['SSL_CERTIFICATE_TYPE_VIRTUALSERVICE', 'SSL_CERTIFICATE_TYPE_SYSTEM', 'SSL_CERTIFICATE_TYPE_CA'])
    .default('SSL_CERTIFICATE_TYPE_VIRTUALSERVICE'),
  status: z.enum(['SSL_CERTIFICATE_FINISHED', 'SSL_CERTIFICATE_PENDING']).default('SSL_CERTIFICATE_FINISHED'),
  certificate: z.looseObject({
    certificate: z.string().optional(),
    self_signed: z.boolean().optional(),
    not_after: z.string().optional(),
    subject: z.looseObject({ common_name: z.string().optional() }).optional(),
    expiry_status: z
      .enum(['SSL_CERTIFICATE_GOOD', 'SSL_CERTIFICATE_EXPIRY_WARNING', 'SSL_CERTIFICATE_EXPIRED'])
      .default('SSL_CERTIFICATE_GOOD'),
  }),
  /** Write-only in practice: a real controller never returns the private key. */
  key: z.string().optional(),
  key_params: z.looseObject({ algorithm: z.enum(['SSL_KEY_ALGORITHM_RSA', 'SSL_KEY_ALGORITHM_EC']).optional() }).optional(),
  certificate_management_profile_ref: RefSchema.optional(),
  created_by: z.string().optional(),
});
export type SslKeyAndCertificate = z.infer<typeof SslKeyAndCertificateSchema>;

import { z } from 'zod';
import { objectMetaShape } from './primitives';

export const sslVersions = ['SSL_VERSION_SSLV3', 'SSL_VERSION_TLS1', 'SSL_VERSION_TLS1_1', 'SSL_VERSION_TLS1_2'] as const;

export const SslProfileSchema = z.looseObject({
  ...objectMetaShape,
  type: z.enum(['SSL_PROFILE_TYPE_APPLICATION', 'SSL_PROFILE_TYPE_SYSTEM']).default('SSL_PROFILE_TYPE_APPLICATION'),
  accepted_versions: z.array(z.looseObject({ type: z.enum(sslVersions) })).min(1, 'needs at least one version').optional(),
  accepted_ciphers: z.string().default('AES:3DES:RC4'),
  cipher_enums: z.array(z.string()).optional(),
  send_close_notify: z.boolean().default(true),
  prefer_client_cipher_ordering: z.boolean().default(false),
  enable_ssl_session_reuse: z.boolean().default(true),
  ssl_session_timeout: z.int().min(0).default(86400),
});
export type SslProfile = z.infer<typeof SslProfileSchema>;

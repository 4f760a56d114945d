import { z } from 'zod';
import { objectMetaShape, RefSchema } from './primitives';
import { applicationProfileTypes, proxyProtocolVersions, sslClientCertificateModes } from './application-profile-choices';

export { applicationProfileTypes, applicationProfileTypeLabels, proxyProtocolVersions, sslClientCertificateModes, type ApplicationProfileType, type ProxyProtocolVersion } from './application-profile-choices';

const rpsLimit = () => z.int().refine((n) => n === 0 || (n >= 10 && n <= 1000), 'must be 0 (unlimited) or 10-1000');

/** `http_profile`: meaningful for HTTP profiles only (rule XFF-HTTP-ONLY). */
export const HttpApplicationProfileSchema = z.looseObject({
  connection_multiplexing_enabled: z.boolean().default(true),
  xff_enabled: z.boolean().default(true),
  xff_alternate_name: z.string().min(1, 'must not be empty').max(128).default('X-Forwarded-For'),
  x_forwarded_proto_enabled: z.boolean().default(false),
  websockets_enabled: z.boolean().default(true),
  http_to_https: z.boolean().default(false),
  server_side_redirect_to_https: z.boolean().default(false),
  secure_cookie_enabled: z.boolean().default(false),
  httponly_enabled: z.boolean().default(false),
  hsts_enabled: z.boolean().default(false),
  hsts_max_age: z.int().min(0).max(10000).default(365),
  hsts_subdomains_enabled: z.boolean().default(true),
  ssl_everywhere_enabled: z.boolean().default(false),
  ssl_client_certificate_mode: z.enum(sslClientCertificateModes).default('SSL_CLIENT_CERTIFICATE_NONE'),
  pki_profile_ref: RefSchema.optional(),
  keepalive_header: z.boolean().default(false),
  keepalive_timeout: z.int().min(10).max(100000000).default(30000),
  client_header_timeout: z.int().min(10).max(100000000).default(10000),
  client_body_timeout: z.int().min(0).max(100000000).default(30000),
  post_accept_timeout: z.int().min(10).max(100000000).default(30000),
  client_max_header_size: z.int().min(1).max(64).default(12),
  client_max_request_size: z.int().min(1).max(256).default(48),
  client_max_body_size: z.int().min(0).default(0),
  max_response_headers_size: z.int().min(1).max(256).default(48),
  use_app_keepalive_timeout: z.boolean().default(false),
  enable_request_body_buffering: z.boolean().default(false),
  enable_fire_and_forget: z.boolean().default(false),
  respond_with_100_continue: z.boolean().default(true),
  disable_keepalive_posts_msie6: z.boolean().default(true),
  allow_dots_in_header_name: z.boolean().default(false),
  spdy_enabled: z.boolean().default(false),
  spdy_fwd_proxy_mode: z.boolean().default(false),
  max_rps_uri: rpsLimit().optional(),
  max_rps_cip: rpsLimit().optional(),
  max_rps_cip_uri: rpsLimit().optional(),
  max_rps_unknown_uri: rpsLimit().optional(),
  max_rps_unknown_cip: rpsLimit().optional(),
  max_bad_rps_uri: rpsLimit().optional(),
  max_bad_rps_cip: rpsLimit().optional(),
  max_bad_rps_cip_uri: rpsLimit().optional(),
});
export type HttpApplicationProfile = z.infer<typeof HttpApplicationProfileSchema>;

/** `tcp_app_profile`: PROXY protocol is valid for L4 profiles only (rule PROXY-L4-ONLY). */
export const TcpApplicationProfileSchema = z.looseObject({
  proxy_protocol_enabled: z.boolean().default(false),
  proxy_protocol_version: z.enum(proxyProtocolVersions).default('PROXY_PROTOCOL_VERSION_1'),
});
export type TcpApplicationProfile = z.infer<typeof TcpApplicationProfileSchema>;

export const ApplicationProfileSchema = z.looseObject({
  ...objectMetaShape,
  type: z.enum(applicationProfileTypes),
  /** Not compatible with connection multiplexing (rule PCIP-MUX) or SNAT (rule PCIP-SNAT). */
  preserve_client_ip: z.boolean().default(false),
  /** Introduced in 17.2.7; only meaningful while `preserve_client_ip` is on. */
  preserve_client_port: z.boolean().default(false),
  http_profile: HttpApplicationProfileSchema.optional(),
  tcp_app_profile: TcpApplicationProfileSchema.optional(),
  dos_rl_profile: z.looseObject({}).optional(),
  dns_service_profile: z.looseObject({}).optional(),
  sip_service_profile: z.looseObject({}).optional(),
  created_by: z.string().optional(),
});
export type ApplicationProfile = z.infer<typeof ApplicationProfileSchema>;
export type ApplicationProfileInput = z.input<typeof ApplicationProfileSchema>;

export { isHttpProfile, isL4Profile, isMultiplexingOn, isProxyProtocolOn, isXffOn } from './predicates';

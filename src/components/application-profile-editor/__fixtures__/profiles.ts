import type { ApplicationProfile } from '@/domain/model';

/** Profiles as a 17.2 controller returns them, plus fields the editor does not show. */
const host = 'https://ctl.example.com';

export const systemHttp = {
  url: `${host}/api/applicationprofile/applicationprofile-http`,
  uuid: 'applicationprofile-http',
  name: 'System-HTTP',
  type: 'APPLICATION_PROFILE_TYPE_HTTP',
  preserve_client_ip: false,
  preserve_client_port: false,
  http_profile: {
    connection_multiplexing_enabled: true,
    xff_enabled: true,
    xff_alternate_name: 'X-Forwarded-For',
    x_forwarded_proto_enabled: false,
    websockets_enabled: true,
    http_to_https: false,
    secure_cookie_enabled: false,
    httponly_enabled: false,
    hsts_enabled: false,
    hsts_max_age: 365,
    keepalive_timeout: 30000,
    client_header_timeout: 10000,
    client_body_timeout: 30000,
    client_max_header_size: 12,
    client_max_request_size: 48,
    cache_config: { enabled: false, max_object_size: 4194304 },
    compression_profile: { compression: false, type: 'AUTO_COMPRESSION' },
  },
  dos_rl_profile: { rl_profile: { client_ip_connections_rate_limit: { action: { type: 'RL_ACTION_NONE' } } } },
  tenant_ref: `${host}/api/tenant/admin`,
  _last_modified: '1795834388743009',
} as unknown as ApplicationProfile;

export const proxyProtocolProfile = {
  url: `${host}/api/applicationprofile/applicationprofile-l4pp`,
  uuid: 'applicationprofile-l4pp',
  name: 'L4-Proxy-Protocol-v2',
  description: 'Passes the client address to the servers with PROXY protocol v2.',
  type: 'APPLICATION_PROFILE_TYPE_L4',
  preserve_client_ip: false,
  preserve_client_port: false,
  tcp_app_profile: { proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_2', ssl_client_certificate_mode: 'SSL_CLIENT_CERTIFICATE_NONE' },
  tenant_ref: `${host}/api/tenant/admin`,
  _last_modified: '1795834388743028',
} as unknown as ApplicationProfile;

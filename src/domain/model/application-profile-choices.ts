/** An application profile's choices, apart from its schema: a page that shows them does not need zod. */
/** 17.2 application profile types (SIP since 17.2.8). */
export const applicationProfileTypes = [
  'APPLICATION_PROFILE_TYPE_L4',
  'APPLICATION_PROFILE_TYPE_HTTP',
  'APPLICATION_PROFILE_TYPE_SYSLOG',
  'APPLICATION_PROFILE_TYPE_DNS',
  'APPLICATION_PROFILE_TYPE_SSL',
  'APPLICATION_PROFILE_TYPE_SIP',
] as const;
export type ApplicationProfileType = (typeof applicationProfileTypes)[number];

export const applicationProfileTypeLabels: Record<ApplicationProfileType, string> = {
  APPLICATION_PROFILE_TYPE_L4: 'L4',
  APPLICATION_PROFILE_TYPE_HTTP: 'HTTP',
  APPLICATION_PROFILE_TYPE_SYSLOG: 'Syslog',
  APPLICATION_PROFILE_TYPE_DNS: 'DNS',
  APPLICATION_PROFILE_TYPE_SSL: 'L4 SSL/TLS',
  APPLICATION_PROFILE_TYPE_SIP: 'SIP',
};

export const proxyProtocolVersions = ['PROXY_PROTOCOL_VERSION_1', 'PROXY_PROTOCOL_VERSION_2'] as const;
export type ProxyProtocolVersion = (typeof proxyProtocolVersions)[number];

export const sslClientCertificateModes = [
  'SSL_CLIENT_CERTIFICATE_NONE',
  'SSL_CLIENT_CERTIFICATE_REQUEST',
  'SSL_CLIENT_CERTIFICATE_REQUIRE',
] as const;

import type { JsonObject } from '../controller/types';
import type { Seeder } from './index';

/**
 * The demo's data: the seed document's two-leg topology. Back-end servers sit on Backend-Net
 * (10.10.10.0/24, directly connected to the Service Engines); VIPs on Frontend-Net (10.10.40.0/24), whose
 * router 10.10.40.1 is the default route of VRF `global`. Routed-Group has IP routing with its floating
 * IPs (10.10.10.11 as the servers' gateway, 10.10.40.11 on the front end); Default-Group has no routing;
 * Elastic-Group would fail the HA-mode and floating-IP prerequisites if routing were turned on.
 */

const v4 = (addr: string) => ({ addr, type: 'V4' });
const prefix = (addr: string, mask: number) => ({ ip_addr: v4(addr), mask });
const ref = (type: string, name: string) => `/api/${type}?name=${encodeURIComponent(name)}`;
const servers = (port: number, ...addrs: string[]) => addrs.map((addr) => ({ ip: v4(addr), port }));
const vip = (addr: string) => [{ vip_id: '0', ip_address: v4(addr) }];
const httpProfile = (overrides: JsonObject = {}) => ({ connection_multiplexing_enabled: true, xff_enabled: true, ...overrides });

function systemObjects(seed: Seeder): void {
  seed.create('tenant', 'admin', { name: 'admin' }, 'admin');
  seed.create('cloud', 'admin', { name: 'Default-Cloud', vtype: 'CLOUD_NONE', description: 'No-orchestrator (no-access) cloud.' });
  seed.create('vrfcontext', 'admin', {
    name: 'global',
    system_default: true,
    description: 'Data VRF. The SE default route points at the front-end router.',
    static_routes: [{ route_id: '1', prefix: prefix('0.0.0.0', 0), next_hop: v4('10.10.40.1') }],
  });
  seed.create('vrfcontext', 'admin', { name: 'management', system_default: true, description: 'Management VRF.' });
  seed.create('network', 'admin', {
    name: 'Backend-Net',
    description: 'Back-end servers, directly connected to the Service Engines (no router in between).',
    dhcp_enabled: false,
    configured_subnets: [{ prefix: prefix('10.10.10.0', 24), static_ips: [v4('10.10.10.11'), v4('10.10.10.12')] }],
  });
  seed.create('network', 'admin', {
    name: 'Frontend-Net',
    description: 'Client side; 10.10.40.1 is the front-end router.',
    dhcp_enabled: false,
    configured_subnets: [{ prefix: prefix('10.10.40.0', 24) }],
  });
  seed.create('serviceenginegroup', 'admin', {
    name: 'Default-Group',
    description: 'Elastic N+M, no IP routing.',
    ha_mode: 'HA_MODE_SHARED',
  });
  seed.create('serviceenginegroup', 'admin', {
    name: 'Routed-Group',
    description: 'Legacy active/standby with IP routing: the Service Engines are the back-end servers\' default gateway.',
    ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
    active_standby: true,
    enable_routing: true,
    floating_intf_ip: [v4('10.10.10.11'), v4('10.10.40.11')],
    max_se: 2,
  });
  seed.create('serviceenginegroup', 'admin', {
    name: 'Elastic-Group',
    description: 'Elastic active/active, no floating IPs: IP routing cannot be enabled here as it is.',
    ha_mode: 'HA_MODE_SHARED_PAIR',
    min_scaleout_per_vs: 2,
  });

  // Application profiles with the vendor's defaults.
  seed.create('applicationprofile', 'admin', { name: 'System-HTTP', type: 'APPLICATION_PROFILE_TYPE_HTTP', http_profile: httpProfile() });
  seed.create('applicationprofile', 'admin', {
    name: 'System-Secure-HTTP',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    http_profile: httpProfile({
      x_forwarded_proto_enabled: true,
      http_to_https: true,
      server_side_redirect_to_https: true,
      secure_cookie_enabled: true,
      httponly_enabled: true,
      hsts_enabled: true,
      ssl_everywhere_enabled: true,
    }),
  });
  seed.create('applicationprofile', 'admin', {
    name: 'System-L4-Application',
    type: 'APPLICATION_PROFILE_TYPE_L4',
    tcp_app_profile: { proxy_protocol_enabled: false },
  });
  seed.create('applicationprofile', 'admin', { name: 'System-SSL-Application', type: 'APPLICATION_PROFILE_TYPE_SSL' });
  seed.create('applicationprofile', 'admin', { name: 'System-DNS', type: 'APPLICATION_PROFILE_TYPE_DNS', dns_service_profile: {} });
  seed.create('applicationprofile', 'admin', { name: 'System-Syslog', type: 'APPLICATION_PROFILE_TYPE_SYSLOG' });

  seed.create('networkprofile', 'admin', { name: 'System-TCP-Proxy', profile: { type: 'PROTOCOL_TYPE_TCP_PROXY', tcp_proxy_profile: {} } });
  seed.create('networkprofile', 'admin', { name: 'System-TCP-Fast-Path', profile: { type: 'PROTOCOL_TYPE_TCP_FAST_PATH', tcp_fast_path_profile: {} } });
  seed.create('networkprofile', 'admin', { name: 'System-UDP-Fast-Path', profile: { type: 'PROTOCOL_TYPE_UDP_FAST_PATH', udp_fast_path_profile: {} } });
  seed.create('networkprofile', 'admin', {
    name: 'System-UDP-Per-Pkt',
    profile: { type: 'PROTOCOL_TYPE_UDP_FAST_PATH', udp_fast_path_profile: { per_pkt_loadbalance: true } },
  });

  const httpMonitor = { http_request: 'HEAD / HTTP/1.0', http_response_code: ['HTTP_2XX', 'HTTP_3XX'] };
  seed.create('healthmonitor', 'admin', { name: 'System-HTTP', type: 'HEALTH_MONITOR_HTTP', http_monitor: httpMonitor });
  seed.create('healthmonitor', 'admin', {
    name: 'System-HTTPS',
    type: 'HEALTH_MONITOR_HTTPS',
    successful_checks: 3,
    failed_checks: 3,
    https_monitor: httpMonitor,
  });
  seed.create('healthmonitor', 'admin', { name: 'System-TCP', type: 'HEALTH_MONITOR_TCP', tcp_monitor: {} });
  seed.create('healthmonitor', 'admin', { name: 'System-UDP', type: 'HEALTH_MONITOR_UDP', udp_monitor: {} });
  seed.create('healthmonitor', 'admin', { name: 'System-Ping', type: 'HEALTH_MONITOR_PING' });

  seed.create('analyticsprofile', 'admin', { name: 'System-Analytics-Profile' });
  seed.create('sslprofile', 'admin', {
    name: 'System-Standard',
    accepted_versions: [{ type: 'SSL_VERSION_TLS1' }, { type: 'SSL_VERSION_TLS1_1' }, { type: 'SSL_VERSION_TLS1_2' }],
    accepted_ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384',
  });
  seed.create('sslkeyandcertificate', 'admin', {
    name: 'System-Default-Cert',
    type: 'SSL_CERTIFICATE_TYPE_SYSTEM',
    certificate: {
      self_signed: true,
      not_after: '2029-11-09 04:17:19',
      subject: { common_name: 'System Default Cert' },
      certificate: '-----BEGIN CERTIFICATE-----\nMOCK-CERTIFICATE-System-Default-Cert\n-----END CERTIFICATE-----\n',
    },
    key_params: { algorithm: 'SSL_KEY_ALGORITHM_RSA' },
  });
}

function adminApplications(seed: Seeder): void {
  seed.create('applicationprofile', 'admin', {
    name: 'HTTP-Preserve-Client-IP',
    description: 'Servers see the client address as the source: needs an SE group with IP routing; no connection multiplexing, no SNAT.',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    preserve_client_ip: true,
    http_profile: httpProfile({ connection_multiplexing_enabled: false, xff_enabled: false }),
  });
  seed.create('applicationprofile', 'admin', {
    name: 'L4-Proxy-Protocol-v2',
    description: 'Passes the client address to the servers with PROXY protocol v2.',
    type: 'APPLICATION_PROFILE_TYPE_L4',
    tcp_app_profile: { proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_2' },
  });

  seed.create('httppolicyset', 'admin', {
    name: 'Redirect-HTTP-To-HTTPS',
    http_request_policy: {
      rules: [
        {
          name: 'redirect-to-https',
          index: 1,
          enable: true,
          match: { vs_port: { match_criteria: 'IS_IN', ports: [80] } },
          redirect_action: { protocol: 'HTTPS', port: 443, status_code: 'HTTP_REDIRECT_STATUS_CODE_302' },
        },
      ],
    },
  });
  seed.create('httppolicyset', 'admin', {
    name: 'Block-Admin-Paths',
    http_security_policy: {
      rules: [
        {
          name: 'deny-admin',
          index: 1,
          enable: true,
          match: { path: { match_criteria: 'BEGINS_WITH', match_str: ['/admin', '/wp-admin'] } },
          action: { action: 'HTTP_SECURITY_ACTION_CLOSE_CONN' },
        },
      ],
    },
  });
  seed.create('networksecuritypolicy', 'admin', {
    name: 'Allow-Corporate-Only',
    rules: [
      {
        name: 'allow-corp',
        index: 1,
        enable: true,
        action: 'NETWORK_SECURITY_POLICY_ACTION_TYPE_ALLOW',
        match: { client_ip: { match_criteria: 'IS_IN', prefixes: [prefix('10.0.0.0', 8)] } },
      },
      { name: 'deny-rest', index: 2, enable: true, action: 'NETWORK_SECURITY_POLICY_ACTION_TYPE_DENY', match: {} },
    ],
  });
  seed.create('networksecuritypolicy', 'admin', {
    name: 'Deny-Blocklist',
    rules: [
      {
        name: 'deny-blocklist',
        index: 1,
        enable: true,
        action: 'NETWORK_SECURITY_POLICY_ACTION_TYPE_DENY',
        match: { client_ip: { match_criteria: 'IS_IN', prefixes: [prefix('203.0.113.0', 24)] } },
      },
    ],
  });

  const hm = (name: string) => [ref('healthmonitor', name)];
  seed.create('pool', 'admin', {
    name: 'web-pool',
    servers: servers(80, '10.10.10.21', '10.10.10.22', '10.10.10.23'),
    health_monitor_refs: hm('System-HTTP'),
    lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN',
  });
  seed.create('pool', 'admin', {
    name: 'app-pool',
    description: 'Application servers; their default gateway is Routed-Group\'s floating IP 10.10.10.11.',
    default_server_port: 8080,
    servers: servers(8080, '10.10.10.31', '10.10.10.32'),
    health_monitor_refs: hm('System-HTTP'),
  });
  seed.create('pool', 'admin', {
    name: 'crm-pool',
    default_server_port: 443,
    servers: servers(443, '10.10.10.41', '10.10.10.42'),
    health_monitor_refs: hm('System-HTTPS'),
  });
  seed.create('pool', 'admin', {
    name: 'legacy-pool',
    description: 'Servers behind a router (192.168.50.0/24): not directly connected, so not usable with Preserve Client IP.',
    servers: servers(80, '192.168.50.10', '192.168.50.11'),
    health_monitor_refs: hm('System-TCP'),
  });
  seed.create('pool', 'admin', {
    name: 'dns-pool',
    default_server_port: 53,
    servers: servers(53, '10.10.10.53', '10.10.10.54'),
    health_monitor_refs: hm('System-UDP'),
  });
  seed.create('pool', 'admin', {
    name: 'staging-pool',
    servers: servers(9000, '10.10.10.61'),
    health_monitor_refs: hm('System-TCP'),
  });

  const vips: [string, string][] = [
    ['web-vip', '10.10.40.100'],
    ['app-vip', '10.10.40.101'],
    ['crm-vip', '10.10.40.102'],
    ['legacy-vip', '10.10.40.103'],
    ['dns-vip', '10.10.40.104'],
    ['staging-vip', '10.10.40.105'],
  ];
  for (const [name, addr] of vips) seed.create('vsvip', 'admin', { name, vip: vip(addr) });

  seed.create('virtualservice', 'admin', {
    name: 'web-vs',
    description: 'Public web site; source NAT to 10.10.40.50.',
    services: [{ port: 80 }, { port: 443, enable_ssl: true }],
    vsvip_ref: ref('vsvip', 'web-vip'),
    pool_ref: ref('pool', 'web-pool'),
    application_profile_ref: ref('applicationprofile', 'System-Secure-HTTP'),
    ssl_profile_ref: ref('sslprofile', 'System-Standard'),
    ssl_key_and_certificate_refs: [ref('sslkeyandcertificate', 'System-Default-Cert')],
    se_group_ref: ref('serviceenginegroup', 'Default-Group'),
    snat_ip: [v4('10.10.40.50')],
    http_policies: [{ index: 11, http_policy_set_ref: ref('httppolicyset', 'Redirect-HTTP-To-HTTPS') }],
    analytics_policy: { metrics_realtime_update: { enabled: true, duration: 60 }, full_client_logs: { enabled: true, duration: 30 } },
  });
  seed.create('virtualservice', 'admin', {
    name: 'app-vs',
    description: 'Preserves the client IP: placed on Routed-Group, servers on Backend-Net.',
    services: [{ port: 80 }],
    vsvip_ref: ref('vsvip', 'app-vip'),
    pool_ref: ref('pool', 'app-pool'),
    application_profile_ref: ref('applicationprofile', 'HTTP-Preserve-Client-IP'),
    se_group_ref: ref('serviceenginegroup', 'Routed-Group'),
    http_policies: [{ index: 11, http_policy_set_ref: ref('httppolicyset', 'Block-Admin-Paths') }],
  });
  seed.create('virtualservice', 'admin', {
    name: 'crm-vs',
    services: [{ port: 443 }],
    vsvip_ref: ref('vsvip', 'crm-vip'),
    pool_ref: ref('pool', 'crm-pool'),
    application_profile_ref: ref('applicationprofile', 'System-L4-Application'),
    network_profile_ref: ref('networkprofile', 'System-TCP-Fast-Path'),
    se_group_ref: ref('serviceenginegroup', 'Default-Group'),
    network_security_policy_ref: ref('networksecuritypolicy', 'Allow-Corporate-Only'),
  });
  seed.create('virtualservice', 'admin', {
    name: 'legacy-vs',
    description: 'Disabled while the legacy servers are migrated.',
    enabled: false,
    services: [{ port: 80 }],
    vsvip_ref: ref('vsvip', 'legacy-vip'),
    pool_ref: ref('pool', 'legacy-pool'),
    se_group_ref: ref('serviceenginegroup', 'Default-Group'),
  });
  seed.create('virtualservice', 'admin', {
    name: 'dns-vs',
    services: [{ port: 53 }],
    vsvip_ref: ref('vsvip', 'dns-vip'),
    pool_ref: ref('pool', 'dns-pool'),
    application_profile_ref: ref('applicationprofile', 'System-DNS'),
    network_profile_ref: ref('networkprofile', 'System-UDP-Per-Pkt'),
    se_group_ref: ref('serviceenginegroup', 'Default-Group'),
  });
  seed.create('virtualservice', 'admin', {
    name: 'staging-vs',
    enabled: false,
    services: [{ port: 9000 }],
    vsvip_ref: ref('vsvip', 'staging-vip'),
    pool_ref: ref('pool', 'staging-pool'),
    application_profile_ref: ref('applicationprofile', 'L4-Proxy-Protocol-v2'),
    se_group_ref: ref('serviceenginegroup', 'Elastic-Group'),
    network_security_policy_ref: ref('networksecuritypolicy', 'Deny-Blocklist'),
  });
}

function engineeringTenant(seed: Seeder): void {
  seed.create('tenant', 'admin', { name: 'Engineering', description: 'Engineering applications.', local: true });
  const t = 'Engineering';
  seed.create('applicationprofile', t, {
    name: 'Eng-HTTP',
    description: 'Engineering HTTP profile: X-Forwarded-For under a custom header name.',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    http_profile: httpProfile({ xff_alternate_name: 'X-Client-IP', websockets_enabled: true }),
  });
  seed.create('applicationprofile', t, {
    name: 'Eng-Preserve-Client-IP',
    type: 'APPLICATION_PROFILE_TYPE_HTTP',
    preserve_client_ip: true,
    http_profile: httpProfile({ connection_multiplexing_enabled: false }),
  });
  seed.create('httppolicyset', t, {
    name: 'Eng-Maintenance-Page',
    http_request_policy: { rules: [{ name: 'maintenance', index: 1, enable: false, match: {}, switching_action: { action: 'HTTP_SWITCHING_SELECT_LOCAL' } }] },
  });
  seed.create('pool', t, {
    name: 'eng-api-pool',
    default_server_port: 8443,
    servers: servers(8443, '10.10.10.81', '10.10.10.82'),
    health_monitor_refs: [ref('healthmonitor', 'System-HTTPS')],
  });
  seed.create('pool', t, { name: 'eng-web-pool', servers: servers(80, '10.10.10.91', '10.10.10.92'), health_monitor_refs: [ref('healthmonitor', 'System-HTTP')] });
  seed.create('vsvip', t, { name: 'eng-api-vip', vip: vip('10.10.40.120') });
  seed.create('vsvip', t, { name: 'eng-web-vip', vip: vip('10.10.40.121') });
  seed.create('virtualservice', t, {
    name: 'eng-api-vs',
    services: [{ port: 443, enable_ssl: true }],
    vsvip_ref: ref('vsvip', 'eng-api-vip'),
    pool_ref: ref('pool', 'eng-api-pool'),
    application_profile_ref: ref('applicationprofile', 'Eng-HTTP'),
    ssl_profile_ref: ref('sslprofile', 'System-Standard'),
    ssl_key_and_certificate_refs: [ref('sslkeyandcertificate', 'System-Default-Cert')],
    se_group_ref: ref('serviceenginegroup', 'Default-Group'),
    http_policies: [{ index: 11, http_policy_set_ref: ref('httppolicyset', 'Eng-Maintenance-Page') }],
  });
  seed.create('virtualservice', t, {
    name: 'eng-web-vs',
    enabled: false,
    services: [{ port: 80 }],
    vsvip_ref: ref('vsvip', 'eng-web-vip'),
    pool_ref: ref('pool', 'eng-web-pool'),
    application_profile_ref: ref('applicationprofile', 'Eng-Preserve-Client-IP'),
    se_group_ref: ref('serviceenginegroup', 'Routed-Group'),
  });
}

export function buildSystemObjects(seed: Seeder): void {
  systemObjects(seed);
}

export function buildDefaultSeed(seed: Seeder): void {
  systemObjects(seed);
  adminApplications(seed);
  engineeringTenant(seed);
}

import type { Pool, VirtualService, VsVip } from '@/domain/model';

/** Objects as a 17.2 controller returns them (absolute refs, defaults filled), plus fields the console does not model. */
const host = 'https://ctl.example.com';

export const webPool = {
  url: `${host}/api/pool/pool-213b`,
  uuid: 'pool-213b',
  name: 'web-pool',
  enabled: true,
  servers: [
    { ip: { addr: '10.10.10.21', type: 'V4' }, port: 80, enabled: true, ratio: 1, hostname: '10.10.10.21', verify_network: false, discovered_networks: [{ network_ref: `${host}/api/network/network-be` }] },
    { ip: { addr: '10.10.10.22', type: 'V4' }, port: 80, enabled: false, ratio: 3, hostname: 'web-2' },
  ],
  default_server_port: 80,
  lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN',
  lb_algorithm_hash: 'LB_ALGORITHM_CONSISTENT_HASH_SOURCE_IP_ADDRESS',
  health_monitor_refs: [`${host}/api/healthmonitor/healthmonitor-http`],
  inline_health_monitor: true,
  graceful_disable_timeout: 1,
  fail_action: { type: 'FAIL_ACTION_CLOSE_CONN' },
  cloud_ref: `${host}/api/cloud/cloud-1`,
  vrf_ref: `${host}/api/vrfcontext/vrfcontext-global`,
  tenant_ref: `${host}/api/tenant/admin`,
  _last_modified: '1795834388743033',
} as unknown as Pool;

export const webVip = {
  url: `${host}/api/vsvip/vsvip-daef`,
  uuid: 'vsvip-daef',
  name: 'web-vip',
  vip: [
    { vip_id: '0', ip_address: { addr: '10.10.40.100', type: 'V4' }, auto_allocate_ip: false, auto_allocate_floating_ip: false, avi_allocated_vip: false, enabled: true, discovered_networks: [{ network_ref: `${host}/api/network/network-fe` }] },
    { vip_id: '1', ip6_address: { addr: 'fd00::100', type: 'V6' }, enabled: true },
  ],
  dns_info: [{ fqdn: 'www.example.com' }],
  east_west_placement: false,
  cloud_ref: `${host}/api/cloud/cloud-1`,
  vrf_context_ref: `${host}/api/vrfcontext/vrfcontext-global`,
  tenant_ref: `${host}/api/tenant/admin`,
  _last_modified: '1795834388743039',
} as unknown as VsVip;

export const webVs = {
  url: `${host}/api/virtualservice/virtualservice-7527`,
  uuid: 'virtualservice-7527',
  name: 'web-vs',
  description: 'Public web site; source NAT to 10.10.40.50.',
  type: 'VS_TYPE_NORMAL',
  enabled: true,
  traffic_enabled: true,
  services: [
    { port: 80, enable_ssl: false, port_range_end: 80 },
    { port: 443, enable_ssl: true, port_range_end: 443, override_network_profile_ref: `${host}/api/networkprofile/networkprofile-tcp` },
    { port: 8000, enable_ssl: false, port_range_end: 8010 },
  ],
  vsvip_ref: `${host}/api/vsvip/vsvip-daef`,
  pool_ref: `${host}/api/pool/pool-213b`,
  application_profile_ref: `${host}/api/applicationprofile/applicationprofile-secure`,
  network_profile_ref: `${host}/api/networkprofile/networkprofile-tcp`,
  se_group_ref: `${host}/api/serviceenginegroup/serviceenginegroup-default`,
  cloud_type: 'CLOUD_NONE',
  analytics_policy: {
    full_client_logs: { enabled: true, duration: 30, throttle: 10, all_headers: false },
    metrics_realtime_update: { enabled: true, duration: 60 },
    client_insights: 'NO_INSIGHTS',
    client_log_filters: [{ name: 'f1', enabled: true, index: 1, client_ip: { match_criteria: 'IS_IN', addrs: [{ addr: '10.0.0.1', type: 'V4' }] } }],
    significant_log_throttle: 10,
    udf_log_throttle: 10,
    enabled: true,
  },
  ssl_profile_ref: `${host}/api/sslprofile/sslprofile-standard`,
  ssl_key_and_certificate_refs: [`${host}/api/sslkeyandcertificate/cert-rsa`, `${host}/api/sslkeyandcertificate/cert-ec`],
  http_policies: [
    { index: 12, http_policy_set_ref: `${host}/api/httppolicyset/httppolicyset-b` },
    { index: 11, http_policy_set_ref: `${host}/api/httppolicyset/httppolicyset-a` },
  ],
  vs_datascripts: [{ index: 1, vs_datascript_set_ref: `${host}/api/vsdatascriptset/ds-1` }],
  snat_ip: [{ addr: '10.10.40.50', type: 'V4' }],
  use_vip_as_snat: false,
  enable_autogw: true,
  weight: 1,
  delay_fairness: false,
  max_cps_per_client: 0,
  limit_doser: false,
  connections_rate_limit: { count: 100, period: 1, burst_sz: 20, explicit_tracking: false, fine_grain: false, action: { type: 'RL_ACTION_DROP_CONN', status_code: 'HTTP_LOCAL_RESPONSE_STATUS_CODE_429' } },
  performance_limits: { max_concurrent_connections: 1000 },
  flow_dist: 'LOAD_AWARE',
  active_standby_se_tag: 'ACTIVE_STANDBY_SE_1',
  ign_pool_net_reach: false,
  ssl_sess_cache_avg_size: 1024,
  remove_listening_port_on_vs_down: false,
  close_client_conn_on_config_update: false,
  cloud_ref: `${host}/api/cloud/cloud-1`,
  vrf_context_ref: `${host}/api/vrfcontext/vrfcontext-global`,
  analytics_profile_ref: `${host}/api/analyticsprofile/analyticsprofile-system`,
  tenant_ref: `${host}/api/tenant/admin`,
  markers: [{ key: 'app', values: ['web'] }],
  _last_modified: '1795834388743045',
} as unknown as VirtualService;

/** A sparse object, as a controller answers with `skip_default=true`: most fields absent. */
export const sparseVs = {
  uuid: 'virtualservice-sparse',
  url: `${host}/api/virtualservice/virtualservice-sparse`,
  name: 'sparse-vs',
  services: [{ port: 53 }],
  vsvip_ref: `${host}/api/vsvip/vsvip-sparse`,
  pool_group_ref: `${host}/api/poolgroup/poolgroup-1`,
  tenant_ref: `${host}/api/tenant/admin`,
  _last_modified: '1',
} as unknown as VirtualService;


/**
 * What the console and the mock controller know of each object type, without its schema: names, refs, tenancy.
 * Kept apart from `object-schemas.ts` so that code which needs no validation (the mock controller until its first
 * write, a save's error message) does not download the schemas and zod, nor build them.
 */
import type { ObjectType } from './object-type-names';

/**
 * Where an object refers to others. A path is a dotted field path; `[]` walks every element of a list.
 * The last segment names the ref field itself (`..._ref` or `..._refs[]`).
 */
export interface RefField {
  path: string;
  target: ObjectType;
}

export interface ObjectTypeFacts {
  /** Model name as the vendor spells it (`VirtualService`), used in messages. */
  model: string;
  /** Human label used in the UI and in admin-facing messages. */
  label: string;
  refs: readonly RefField[];
  /** Shared across tenants: objects created in `admin` that every tenant may see and refer to. */
  sharedFromAdmin: boolean;
}

export const objectTypeFacts: Record<ObjectType, ObjectTypeFacts> = {
  tenant: { model: 'Tenant', label: 'Tenant', refs: [], sharedFromAdmin: true },
  cloud: {
    model: 'Cloud',
    label: 'Cloud',
    refs: [],
    sharedFromAdmin: true,
  },
  vrfcontext: {
    model: 'VrfContext',
    label: 'VRF Context',
    refs: [{ path: 'cloud_ref', target: 'cloud' }],
    sharedFromAdmin: true,
  },
  network: {
    model: 'Network',
    label: 'Network',
    refs: [
      { path: 'cloud_ref', target: 'cloud' },
      { path: 'vrf_context_ref', target: 'vrfcontext' },
    ],
    sharedFromAdmin: true,
  },
  serviceenginegroup: {
    model: 'ServiceEngineGroup',
    label: 'Service Engine Group',
    refs: [{ path: 'cloud_ref', target: 'cloud' }],
    sharedFromAdmin: true,
  },
  applicationprofile: {
    model: 'ApplicationProfile',
    label: 'Application Profile',
    refs: [],
    sharedFromAdmin: true,
  },
  networkprofile: {
    model: 'NetworkProfile',
    label: 'TCP/UDP Profile',
    refs: [],
    sharedFromAdmin: true,
  },
  healthmonitor: { model: 'HealthMonitor', label: 'Health Monitor', refs: [], sharedFromAdmin: true },
  pool: {
    model: 'Pool',
    label: 'Pool',
    refs: [
      { path: 'cloud_ref', target: 'cloud' },
      { path: 'vrf_ref', target: 'vrfcontext' },
      { path: 'health_monitor_refs[]', target: 'healthmonitor' },
      { path: 'ssl_profile_ref', target: 'sslprofile' },
      { path: 'ssl_key_and_certificate_ref', target: 'sslkeyandcertificate' },
    ],
    sharedFromAdmin: false,
  },
  vsvip: {
    model: 'VsVip',
    label: 'VS VIP',
    refs: [
      { path: 'cloud_ref', target: 'cloud' },
      { path: 'vrf_context_ref', target: 'vrfcontext' },
      { path: 'vip[].network_ref', target: 'network' },
      { path: 'vip[].ipam_network_subnet.network_ref', target: 'network' },
    ],
    sharedFromAdmin: false,
  },
  virtualservice: {
    model: 'VirtualService',
    label: 'Virtual Service',
    refs: [
      { path: 'vsvip_ref', target: 'vsvip' },
      { path: 'pool_ref', target: 'pool' },
      { path: 'application_profile_ref', target: 'applicationprofile' },
      { path: 'network_profile_ref', target: 'networkprofile' },
      { path: 'server_network_profile_ref', target: 'networkprofile' },
      { path: 'se_group_ref', target: 'serviceenginegroup' },
      { path: 'cloud_ref', target: 'cloud' },
      { path: 'vrf_context_ref', target: 'vrfcontext' },
      { path: 'analytics_profile_ref', target: 'analyticsprofile' },
      { path: 'ssl_profile_ref', target: 'sslprofile' },
      { path: 'ssl_key_and_certificate_refs[]', target: 'sslkeyandcertificate' },
      { path: 'network_security_policy_ref', target: 'networksecuritypolicy' },
      { path: 'http_policies[].http_policy_set_ref', target: 'httppolicyset' },
      { path: 'services[].override_network_profile_ref', target: 'networkprofile' },
      { path: 'services[].override_application_profile_ref', target: 'applicationprofile' },
    ],
    sharedFromAdmin: false,
  },
  analyticsprofile: {
    model: 'AnalyticsProfile',
    label: 'Analytics Profile',
    refs: [],
    sharedFromAdmin: true,
  },
  sslprofile: { model: 'SSLProfile', label: 'SSL Profile', refs: [], sharedFromAdmin: true },
  sslkeyandcertificate: {
    model: 'SSLKeyAndCertificate',
    label: 'SSL Certificate',
    refs: [],
    sharedFromAdmin: true,
  },
  httppolicyset: { model: 'HTTPPolicySet', label: 'HTTP Policy Set', refs: [], sharedFromAdmin: false },
  networksecuritypolicy: {
    model: 'NetworkSecurityPolicy',
    label: 'Network Security Policy',
    refs: [],
    sharedFromAdmin: false,
  },
};

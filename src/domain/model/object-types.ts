import type { z } from 'zod';
import { AnalyticsProfileSchema } from './analytics-profile';
import { ApplicationProfileSchema } from './application-profile';
import { CloudSchema } from './cloud';
import { HealthMonitorSchema } from './health-monitor';
import { NetworkSchema } from './network';
import { NetworkProfileSchema } from './network-profile';
import { HttpPolicySetSchema, NetworkSecurityPolicySchema } from './policies';
import { PoolSchema } from './pool';
import { ServiceEngineGroupSchema } from './service-engine-group';
import { SslKeyAndCertificateSchema } from './ssl-key-and-certificate';
import { SslProfileSchema } from './ssl-profile';
import { TenantSchema } from './tenant';
import { VirtualServiceSchema } from './virtual-service';
import { VrfContextSchema } from './vrf-context';
import type { ObjectType } from './object-type-names';
import { VsVipSchema } from './vs-vip';

export { isObjectType, objectTypes, type ObjectType } from './object-type-names';

/**
 * Where an object refers to others. A path is a dotted field path; `[]` walks every element of a list.
 * The last segment names the ref field itself (`..._ref` or `..._refs[]`).
 */
export interface RefField {
  path: string;
  target: ObjectType;
}

export interface ObjectTypeInfo {
  /** Model name as the vendor spells it (`VirtualService`), used in messages. */
  model: string;
  /** Human label used in the UI and in admin-facing messages. */
  label: string;
  schema: z.ZodType;
  refs: readonly RefField[];
  /** Shared across tenants: objects created in `admin` that every tenant may see and refer to. */
  sharedFromAdmin: boolean;
}

export const objectTypeInfo: Record<ObjectType, ObjectTypeInfo> = {
  tenant: { model: 'Tenant', label: 'Tenant', schema: TenantSchema, refs: [], sharedFromAdmin: true },
  cloud: {
    model: 'Cloud',
    label: 'Cloud',
    schema: CloudSchema,
    refs: [],
    sharedFromAdmin: true,
  },
  vrfcontext: {
    model: 'VrfContext',
    label: 'VRF Context',
    schema: VrfContextSchema,
    refs: [{ path: 'cloud_ref', target: 'cloud' }],
    sharedFromAdmin: true,
  },
  network: {
    model: 'Network',
    label: 'Network',
    schema: NetworkSchema,
    refs: [
      { path: 'cloud_ref', target: 'cloud' },
      { path: 'vrf_context_ref', target: 'vrfcontext' },
    ],
    sharedFromAdmin: true,
  },
  serviceenginegroup: {
    model: 'ServiceEngineGroup',
    label: 'Service Engine Group',
    schema: ServiceEngineGroupSchema,
    refs: [{ path: 'cloud_ref', target: 'cloud' }],
    sharedFromAdmin: true,
  },
  applicationprofile: {
    model: 'ApplicationProfile',
    label: 'Application Profile',
    schema: ApplicationProfileSchema,
    refs: [],
    sharedFromAdmin: true,
  },
  networkprofile: {
    model: 'NetworkProfile',
    label: 'TCP/UDP Profile',
    schema: NetworkProfileSchema,
    refs: [],
    sharedFromAdmin: true,
  },
  healthmonitor: { model: 'HealthMonitor', label: 'Health Monitor', schema: HealthMonitorSchema, refs: [], sharedFromAdmin: true },
  pool: {
    model: 'Pool',
    label: 'Pool',
    schema: PoolSchema,
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
    schema: VsVipSchema,
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
    schema: VirtualServiceSchema,
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
    schema: AnalyticsProfileSchema,
    refs: [],
    sharedFromAdmin: true,
  },
  sslprofile: { model: 'SSLProfile', label: 'SSL Profile', schema: SslProfileSchema, refs: [], sharedFromAdmin: true },
  sslkeyandcertificate: {
    model: 'SSLKeyAndCertificate',
    label: 'SSL Certificate',
    schema: SslKeyAndCertificateSchema,
    refs: [],
    sharedFromAdmin: true,
  },
  httppolicyset: { model: 'HTTPPolicySet', label: 'HTTP Policy Set', schema: HttpPolicySetSchema, refs: [], sharedFromAdmin: false },
  networksecuritypolicy: {
    model: 'NetworkSecurityPolicy',
    label: 'Network Security Policy',
    schema: NetworkSecurityPolicySchema,
    refs: [],
    sharedFromAdmin: false,
  },
};

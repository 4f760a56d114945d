/**
 * Each object type's schema, by type name: the validation the console loads with its forms and the mock
 * controller with its first write (see `object-type-facts.ts` for what needs no schema).
 */
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

export const objectSchemas: Record<ObjectType, z.ZodType> = {
  tenant: TenantSchema,
  cloud: CloudSchema,
  vrfcontext: VrfContextSchema,
  network: NetworkSchema,
  serviceenginegroup: ServiceEngineGroupSchema,
  applicationprofile: ApplicationProfileSchema,
  networkprofile: NetworkProfileSchema,
  healthmonitor: HealthMonitorSchema,
  pool: PoolSchema,
  vsvip: VsVipSchema,
  virtualservice: VirtualServiceSchema,
  analyticsprofile: AnalyticsProfileSchema,
  sslprofile: SslProfileSchema,
  sslkeyandcertificate: SslKeyAndCertificateSchema,
  httppolicyset: HttpPolicySetSchema,
  networksecuritypolicy: NetworkSecurityPolicySchema,
};


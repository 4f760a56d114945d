import type {
  AnalyticsProfile,
  ApplicationProfile,
  Cloud,
  HealthMonitor,
  HttpPolicySet,
  Network,
  NetworkProfile,
  NetworkSecurityPolicy,
  ObjectType,
  Pool,
  ServiceEngineGroup,
  SslKeyAndCertificate,
  SslProfile,
  Tenant,
  VirtualService,
  VrfContext,
  VsVip,
} from '@/domain/model';

/** The TypeScript type of each controller object as returned by the API (defaults filled by the controller). */
export interface ObjectTypeMap {
  tenant: Tenant;
  cloud: Cloud;
  vrfcontext: VrfContext;
  network: Network;
  serviceenginegroup: ServiceEngineGroup;
  applicationprofile: ApplicationProfile;
  networkprofile: NetworkProfile;
  healthmonitor: HealthMonitor;
  pool: Pool;
  vsvip: VsVip;
  virtualservice: VirtualService;
  analyticsprofile: AnalyticsProfile;
  sslprofile: SslProfile;
  sslkeyandcertificate: SslKeyAndCertificate;
  httppolicyset: HttpPolicySet;
  networksecuritypolicy: NetworkSecurityPolicy;
}

export type ObjectOf<T extends ObjectType> = ObjectTypeMap[T];

import type { ApplicationProfile } from './model/application-profile';
import { hasSnat, isHttpProfile, isL4Profile, isProxyProtocolOn, isXffOn } from './model/predicates';
import type { VirtualService } from './model/virtual-service';

/** The ways a back end learns the client's address (SPEC section 2). */
export type ClientIpMethod = 'preserve-client-ip' | 'proxy-protocol' | 'x-forwarded-for';

export interface ClientIpSummary {
  methods: ClientIpMethod[];
  /** Why the servers see the Service Engine's (or SNAT) address instead, when no method applies. */
  lostBecause: 'snat' | 'no-method' | undefined;
  /** One sentence for the admin. */
  description: string;
}

export const clientIpMethodLabels: Record<ClientIpMethod, string> = {
  'preserve-client-ip': 'Preserve Client IP',
  'proxy-protocol': 'PROXY protocol',
  'x-forwarded-for': 'X-Forwarded-For',
};

/** How a virtual service with this application profile keeps the client IP, if at all. */
export function summarizeClientIp(
  profile: Pick<ApplicationProfile, 'type' | 'preserve_client_ip' | 'http_profile' | 'tcp_app_profile'> | undefined,
  vs: { snat_ip?: VirtualService['snat_ip']; use_vip_as_snat?: boolean | undefined } | undefined,
): ClientIpSummary {
  if (!profile) return { methods: [], lostBecause: 'no-method', description: 'The application profile is unknown.' };
  const methods: ClientIpMethod[] = [];
  if (profile.preserve_client_ip) methods.push('preserve-client-ip');
  if (isL4Profile(profile) && isProxyProtocolOn(profile)) methods.push('proxy-protocol');
  if (isHttpProfile(profile) && isXffOn(profile)) methods.push('x-forwarded-for');
  const snat = vs ? hasSnat(vs) : false;
  if (methods.length > 0) {
    const names = methods.map((m) => clientIpMethodLabels[m]);
    const header = methods.includes('x-forwarded-for') ? ` (header ${profile.http_profile?.xff_alternate_name ?? 'X-Forwarded-For'})` : '';
    return {
      methods,
      lostBecause: undefined,
      description: `Servers learn the client IP through ${names.join(' and ')}${header}.`,
    };
  }
  if (snat) {
    return {
      methods,
      lostBecause: 'snat',
      description: 'Servers see the SNAT address: the virtual service source-NATs its traffic and the profile does not pass the client IP on.',
    };
  }
  return {
    methods,
    lostBecause: 'no-method',
    description: "Servers see the Service Engine's address: the application profile does not pass the client IP on.",
  };
}

import {
  applicationProfileTypeLabels,
  isHttpProfile,
  isL4Profile,
  isMultiplexingOn,
  isProxyProtocolOn,
  isXffOn,
  type ApplicationProfile,
} from '@/domain/model';

export type Flag = 'on' | 'off' | 'n/a';

/** The client-IP related settings of a profile as the list shows them; "n/a" where the setting does not exist for the type. */
export function profileFlags(profile: ApplicationProfile) {
  return {
    type: applicationProfileTypeLabels[profile.type] ?? profile.type,
    preserveClientIp: (profile.preserve_client_ip ? 'on' : 'off') as Flag,
    multiplexing: (isHttpProfile(profile) ? (isMultiplexingOn(profile) ? 'on' : 'off') : 'n/a') as Flag,
    xff: (isHttpProfile(profile) ? (isXffOn(profile) ? 'on' : 'off') : 'n/a') as Flag,
    proxyProtocol: (isL4Profile(profile) ? (isProxyProtocolOn(profile) ? 'on' : 'off') : 'n/a') as Flag,
  };
}

import type { ApplicationProfile } from './application-profile';
import type { VirtualService } from './virtual-service';

/**
 * Plain predicates over profiles and virtual services, apart from their schemas: list pages use them
 * without downloading zod.
 */

export function isHttpProfile(profile: Pick<ApplicationProfile, 'type'>): boolean {
  return profile.type === 'APPLICATION_PROFILE_TYPE_HTTP';
}

export function isL4Profile(profile: Pick<ApplicationProfile, 'type'>): boolean {
  return profile.type === 'APPLICATION_PROFILE_TYPE_L4';
}

/** Connection multiplexing defaults to on for HTTP profiles, including when `http_profile` is absent. */
export function isMultiplexingOn(profile: Pick<ApplicationProfile, 'type' | 'http_profile'>): boolean {
  return isHttpProfile(profile) && (profile.http_profile?.connection_multiplexing_enabled ?? true);
}

export function isXffOn(profile: Pick<ApplicationProfile, 'type' | 'http_profile'>): boolean {
  return isHttpProfile(profile) && (profile.http_profile?.xff_enabled ?? true);
}

export function isProxyProtocolOn(profile: Pick<ApplicationProfile, 'tcp_app_profile'>): boolean {
  return profile.tcp_app_profile?.proxy_protocol_enabled ?? false;
}

export function hasSnat(vs: { snat_ip?: VirtualService['snat_ip']; use_vip_as_snat?: boolean | undefined }): boolean {
  return (vs.snat_ip?.length ?? 0) > 0 || vs.use_vip_as_snat === true;
}

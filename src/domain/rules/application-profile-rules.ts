import {
  applicationProfileTypeLabels,
  isHttpProfile,
  isL4Profile,
  isMultiplexingOn,
  isProxyProtocolOn,
  type ApplicationProfile,
} from '../model/application-profile';
import type { ObjectLabel, Violation } from './types';

export type ProfileFacts = Pick<
  ApplicationProfile,
  'name' | 'type' | 'preserve_client_ip' | 'http_profile' | 'tcp_app_profile'
> & { uuid?: string | undefined };

export function profileLabel(profile: Pick<ProfileFacts, 'name' | 'uuid'>): ObjectLabel {
  return { type: 'applicationprofile', name: profile.name, uuid: profile.uuid };
}

/** PCIP-MUX: Preserve Client IP and HTTP connection multiplexing are mutually exclusive. */
export function checkPreserveClientIpWithMultiplexing(profile: ProfileFacts): Violation[] {
  if (!profile.preserve_client_ip || !isMultiplexingOn(profile)) return [];
  const label = profileLabel(profile);
  return [
    {
      rule: 'PCIP-MUX',
      message:
        `Application profile "${profile.name}" cannot preserve the client IP while HTTP connection multiplexing is on. ` +
        'Turn off Connection Multiplexing in the profile, or turn off Preserve Client IP.',
      object: label,
      fields: ['preserve_client_ip', 'http_profile.connection_multiplexing_enabled'],
      remedies: [
        { kind: 'turn-off-multiplexing', profile: label },
        { kind: 'turn-off-preserve-client-ip', profile: label },
      ],
      related: [],
    },
  ];
}

/** XFF-HTTP-ONLY: HTTP settings (X-Forwarded-For among them) exist only for HTTP application profiles. */
export function checkHttpSettingsOnlyForHttp(profile: ProfileFacts): Violation[] {
  if (isHttpProfile(profile) || profile.http_profile === undefined) return [];
  const label = profileLabel(profile);
  return [
    {
      rule: 'XFF-HTTP-ONLY',
      message:
        `Application profile "${profile.name}" is of type ${applicationProfileTypeLabels[profile.type]}: ` +
        'HTTP settings such as X-Forwarded-For exist only for HTTP application profiles. ' +
        'Remove the HTTP settings (http_profile), or change the profile type to HTTP.',
      object: label,
      fields: ['http_profile'],
      remedies: [
        { kind: 'remove-http-settings', profile: label },
        { kind: 'change-profile-type', profile: label, to: 'APPLICATION_PROFILE_TYPE_HTTP' },
      ],
      related: [],
    },
  ];
}

/** PROXY-L4-ONLY: PROXY protocol exists only for L4 application profiles. */
export function checkProxyProtocolOnlyForL4(profile: ProfileFacts): Violation[] {
  if (isL4Profile(profile) || !isProxyProtocolOn(profile)) return [];
  const label = profileLabel(profile);
  return [
    {
      rule: 'PROXY-L4-ONLY',
      message:
        `Application profile "${profile.name}" is of type ${applicationProfileTypeLabels[profile.type]}: ` +
        'PROXY protocol exists only for L4 application profiles. ' +
        'Turn off PROXY Protocol, or change the profile type to L4.',
      object: label,
      fields: ['tcp_app_profile.proxy_protocol_enabled'],
      remedies: [
        { kind: 'turn-off-proxy-protocol', profile: label },
        { kind: 'change-profile-type', profile: label, to: 'APPLICATION_PROFILE_TYPE_L4' },
      ],
      related: [],
    },
  ];
}

/** Every rule that concerns an application profile on its own. */
export function checkApplicationProfile(profile: ProfileFacts): Violation[] {
  return [
    ...checkPreserveClientIpWithMultiplexing(profile),
    ...checkHttpSettingsOnlyForHttp(profile),
    ...checkProxyProtocolOnlyForL4(profile),
  ];
}

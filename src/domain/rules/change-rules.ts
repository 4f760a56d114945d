import { profileLabel, checkApplicationProfile, type ProfileFacts } from './application-profile-rules';
import { checkRoutingPrerequisites, seGroupLabel, type RoutingEnvironment, type SeGroupFacts } from './routing-prerequisites';
import { quoteNames, type Violation } from './types';
import { checkPlacementRoutingScope, checkVirtualServicePlacement, virtualServiceLabel, type PlacementFacts } from './virtual-service-rules';

export interface ApplicationProfileChange {
  /** The profile as stored before the write; undefined when it is being created. */
  before: ProfileFacts | undefined;
  after: ProfileFacts;
  /** Placement facts of every virtual service that uses the profile (their `applicationProfile` is ignored). */
  users: readonly PlacementFacts[];
}

/**
 * A write to an application profile: the profile's own rules, PCIP-ENABLED-VS, and the placement rules of
 * every virtual service using it, evaluated with the new profile (the setting applies to all of them).
 */
export function checkApplicationProfileChange({ before, after, users }: ApplicationProfileChange): Violation[] {
  const violations = checkApplicationProfile(after);
  const changesClientIp = before !== undefined && Boolean(before.preserve_client_ip) !== Boolean(after.preserve_client_ip);
  const enabledUsers = users.filter((user) => user.virtualService.enabled);
  if (changesClientIp && enabledUsers.length > 0) {
    const labels = enabledUsers.map((user) => virtualServiceLabel(user.virtualService));
    violations.push({
      rule: 'PCIP-ENABLED-VS',
      message:
        `Preserve Client IP cannot be changed on application profile "${after.name}" while enabled virtual services use it: ${quoteNames(labels)}. ` +
        'Disable those virtual services first, change the profile, then enable them again.',
      object: profileLabel(after),
      fields: ['preserve_client_ip'],
      remedies: [{ kind: 'disable-virtual-services', virtualServices: labels }],
      related: labels,
    });
  }
  for (const user of users) {
    violations.push(...checkVirtualServicePlacement({ ...user, applicationProfile: after }));
  }
  return violations;
}

export interface ServiceEngineGroupChange {
  before: SeGroupFacts | undefined;
  after: SeGroupFacts;
  environment: RoutingEnvironment;
  /** Placement facts of every virtual service on the group (their `seGroup` is ignored). */
  hosted: readonly PlacementFacts[];
}

/**
 * A write to an SE group: IP routing prerequisites (ROUTING-SCOPE) while routing is on, and PCIP-ROUTING
 * when routing is turned off under virtual services that preserve the client IP.
 */
export function checkServiceEngineGroupChange({ after, environment, hosted }: ServiceEngineGroupChange): Violation[] {
  const violations = checkRoutingPrerequisites(after, environment);
  const preserving = hosted.filter((h) => h.applicationProfile?.preserve_client_ip);
  if (!after.enable_routing && preserving.length > 0) {
    const labels = preserving.map((h) => virtualServiceLabel(h.virtualService));
    violations.push({
      rule: 'PCIP-ROUTING',
      message:
        `IP routing cannot be turned off on Service Engine group "${after.name}": virtual services ${quoteNames(labels)} ` +
        'on it preserve the client IP. Move them to another Service Engine group with IP routing, or turn off Preserve Client IP in their application profiles first.',
      object: seGroupLabel(after),
      fields: ['enable_routing'],
      remedies: [{ kind: 'move-virtual-services', virtualServices: labels }],
      related: labels,
    });
  }
  if (after.enable_routing) {
    for (const h of preserving) violations.push(...checkPlacementRoutingScope({ ...h, seGroup: after }));
  }
  return violations;
}

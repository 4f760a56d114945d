/**
 * The controller API generation this console and its mock controller speak. Everything that depends on
 * the generation reads it from here, so supporting a later one is a change in one place.
 *
 * 17.2 is the generation of the seed document: IP routing lives on the SE group (`enable_routing`,
 * `floating_intf_ip`) and is required for Preserve Client IP, with legacy active/standby HA.
 * 18.2.5 moves routing to NetworkService, 18.2.6/7 drops the routing prerequisite, 22.1 removes the
 * SE group fields.
 */
export const CONTROLLER_API_VERSION = '17.2.15';

export const apiGeneration = {
  version: CONTROLLER_API_VERSION,
  /** Where IP routing is configured. */
  ipRoutingLivesOn: 'serviceenginegroup' as const,
  /** Rule PCIP-ROUTING applies (dropped in 18.2.6/18.2.7). */
  preserveClientIpNeedsRouting: true,
  /** Rule ROUTING-SCOPE's HA requirement (relaxed in 18.2.8). */
  routingNeedsLegacyActiveStandby: true,
} as const;

/** Compare dotted versions numerically: -1, 0 or 1. Missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

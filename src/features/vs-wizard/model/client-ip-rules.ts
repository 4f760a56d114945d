import {
  checkApplicationProfile,
  checkRoutingPrerequisites,
  checkVirtualServicePlacement,
  placementFactsFor,
  violationsIntroduced,
  type PlacementFacts,
  type PlacementResolver,
  type Violation,
} from '@/domain/rules';
import { ipv4, sameRef, type ApplicationProfile, type Pool, type Server, type VsVip } from '@/domain/model';
import { isIpv4 } from '@/domain/net/ipv4';
import { splitAddresses } from './addresses';
import type { WizardValues } from './wizard-schema';

/**
 * SPEC §3 applied to the virtual service the wizard is building: facts from the form values and the
 * objects the wizard fetched, evaluated by the shared rule module only. "What if" probes say whether an
 * option would break a rule, so the wizard can disable it and say why.
 */

const DRAFT_POOL_REF = '/api/pool/wizard-draft-pool';
const DRAFT_VSVIP_REF = '/api/vsvip/wizard-draft-vsvip';

export interface WizardRuleData {
  /** Looks up SE groups, VRFs, clouds, networks and the profiles and pools fetched so far. */
  resolver: PlacementResolver;
  /** Edit mode: the virtual service's uuid and its pool's ref (whose servers the form edits). */
  virtualServiceUuid?: string | undefined;
  ownPoolRef?: string | undefined;
}

/** The parts of the configuration the client-IP rules look at; probes replace one of them. */
export interface ClientIpCandidate {
  name: string;
  enabled: boolean;
  applicationProfileRef: string;
  /** Overrides the resolved profile (the profile editor's unsaved version, or an option being probed). */
  applicationProfile?: ApplicationProfile | undefined;
  seGroupRef: string;
  snatIps: string[];
  useVipAsSnat: boolean;
  /** The pool's servers when the form defines them (new pool, or the virtual service's own pool in edit mode). */
  poolServers: Server[] | undefined;
  poolRef: string | undefined;
  vipAddress: string | undefined;
}

function formServers(values: WizardValues): Server[] {
  return values.settings.pool.servers.filter((s) => isIpv4(s.ip.trim())).map((s) => ({ ip: ipv4(s.ip.trim()) }) as Server);
}

export function candidateOf(values: WizardValues, data: Pick<WizardRuleData, 'ownPoolRef'>): ClientIpCandidate {
  const { settings, advanced } = values;
  const pool = settings.pool;
  const ownPool = pool.mode === 'existing' && data.ownPoolRef !== undefined && sameRef(pool.ref, data.ownPoolRef);
  return {
    name: settings.name.trim() || 'new virtual service',
    enabled: settings.enabled,
    applicationProfileRef: settings.applicationProfileRef,
    seGroupRef: advanced.seGroupRef,
    snatIps: splitAddresses(advanced.snatIps).filter(isIpv4),
    useVipAsSnat: advanced.useVipAsSnat,
    poolServers: pool.mode === 'new' || ownPool ? formServers(values) : undefined,
    poolRef: pool.mode === 'existing' ? pool.ref || undefined : undefined,
    vipAddress: settings.vip.mode === 'address' && isIpv4(settings.vip.address.trim()) ? settings.vip.address.trim() : undefined,
  };
}

export function placementFactsOf(candidate: ClientIpCandidate, data: WizardRuleData): PlacementFacts {
  const base = data.resolver;
  const resolver: PlacementResolver = {
    ...base,
    applicationProfile: (ref) => (ref === candidate.applicationProfileRef && candidate.applicationProfile ? candidate.applicationProfile : base.applicationProfile(ref)),
    pool: (ref) => (ref === DRAFT_POOL_REF ? ({ name: 'draft', servers: candidate.poolServers } as Pool) : base.pool(ref)),
    vsVip: (ref) =>
      ref === DRAFT_VSVIP_REF ? ({ name: 'draft', vip: candidate.vipAddress ? [{ vip_id: '0', ip_address: ipv4(candidate.vipAddress) }] : [] } as unknown as VsVip) : base.vsVip(ref),
  };
  return placementFactsFor(
    {
      name: candidate.name,
      uuid: data.virtualServiceUuid,
      enabled: candidate.enabled,
      application_profile_ref: candidate.applicationProfileRef || undefined,
      se_group_ref: candidate.seGroupRef || undefined,
      snat_ip: candidate.snatIps.map(ipv4),
      use_vip_as_snat: candidate.useVipAsSnat,
      pool_ref: candidate.poolServers ? DRAFT_POOL_REF : candidate.poolRef,
      vsvip_ref: DRAFT_VSVIP_REF,
    },
    resolver,
  );
}

/** Every client-IP rule for the wizard's virtual service as configured. */
export function checkCandidate(candidate: ClientIpCandidate, data: WizardRuleData): Violation[] {
  return checkVirtualServicePlacement(placementFactsOf(candidate, data));
}

/** What a change would break: the violations it introduces or that blame the changed fields. */
export function probe(current: ClientIpCandidate, change: Partial<ClientIpCandidate>, fields: readonly string[], data: WizardRuleData): Violation[] {
  return violationsIntroduced(checkCandidate(current, data), checkCandidate({ ...current, ...change }, data), fields);
}

/**
 * Review: the whole configuration through the rule module — placement, the chosen profile's own rules,
 * and the chosen SE group's IP routing prerequisites when the profile needs routing.
 */
export function checkWholeConfiguration(candidate: ClientIpCandidate, data: WizardRuleData): Violation[] {
  const facts = placementFactsOf(candidate, data);
  const violations = checkVirtualServicePlacement(facts);
  if (facts.applicationProfile) violations.push(...checkApplicationProfile(facts.applicationProfile));
  if (facts.applicationProfile?.preserve_client_ip && facts.seGroup) violations.push(...checkRoutingPrerequisites(facts.seGroup, facts.environment));
  return violations;
}

/** Where in the wizard each violated API field is edited. */
export const wizardFieldOfViolation: Record<string, { step: 'settings' | 'advanced'; field: string }> = {
  se_group_ref: { step: 'advanced', field: 'advanced.seGroupRef' },
  snat_ip: { step: 'advanced', field: 'advanced.snatIps' },
  use_vip_as_snat: { step: 'advanced', field: 'advanced.useVipAsSnat' },
  pool_ref: { step: 'settings', field: 'settings.pool' },
  vsvip_ref: { step: 'settings', field: 'settings.vip.address' },
  vrf_context_ref: { step: 'settings', field: 'settings.vip.address' },
  application_profile_ref: { step: 'settings', field: 'settings.applicationProfileRef' },
};

/** The wizard field a violation is shown at (profile-level fields belong to the Application Profile field). */
export function wizardFieldsOf(violation: Violation): { step: 'settings' | 'advanced'; field: string }[] {
  if (violation.object.type === 'applicationprofile') return [wizardFieldOfViolation.application_profile_ref!];
  if (violation.object.type === 'serviceenginegroup') return [wizardFieldOfViolation.se_group_ref!];
  const mapped = violation.fields.map((field) => wizardFieldOfViolation[field]).filter((f): f is { step: 'settings' | 'advanced'; field: string } => f !== undefined);
  return mapped.length > 0 ? mapped : [wizardFieldOfViolation.se_group_ref!];
}

export function violationsAt(violations: readonly Violation[], field: string): Violation[] {
  return violations.filter((violation) => wizardFieldsOf(violation).some((f) => f.field === field));
}

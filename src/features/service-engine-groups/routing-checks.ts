import type { ServiceEngineGroup } from '@/domain/model';
import { checkRoutingPrerequisites, checkServiceEngineGroupChange, type PlacementFacts, type RoutingEnvironment, type Violation } from '@/domain/rules';

export interface RoutingChecks {
  /** Why IP routing cannot be turned on with the draft as it is (empty: it can). */
  enableBlockers: Violation[];
  /** Why IP routing cannot be turned off (empty: it can). */
  disableBlockers: Violation[];
  /** What the controller would refuse in the draft as it is. */
  draftViolations: Violation[];
}

/**
 * The SPEC §3 rules applied to the SE group editor's draft: what keeps the IP Routing switch from moving
 * either way, and what is wrong with the draft as a whole. The refusal to turn routing off names at most
 * `namesInRefusal` virtual services (a group may host thousands; one is enough to refuse).
 */
export function routingChecks(
  before: ServiceEngineGroup,
  draft: ServiceEngineGroup,
  environment: RoutingEnvironment,
  hosted: readonly PlacementFacts[],
  namesInRefusal = Number.POSITIVE_INFINITY,
): RoutingChecks {
  const enableBlockers = draft.enable_routing ? [] : checkRoutingPrerequisites({ ...draft, enable_routing: true }, environment);
  const named = hosted.filter((h) => h.applicationProfile?.preserve_client_ip).slice(0, namesInRefusal);
  const disableBlockers = draft.enable_routing
    ? checkServiceEngineGroupChange({ before, after: { ...draft, enable_routing: false }, environment, hosted: named }).filter((v) => v.rule === 'PCIP-ROUTING')
    : [];
  const draftViolations = checkServiceEngineGroupChange({ before, after: draft, environment, hosted });
  return { enableBlockers, disableBlockers, draftViolations };
}

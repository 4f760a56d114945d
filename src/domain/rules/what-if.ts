import type { Violation } from './types';

/** Identity of a violation across two evaluations: the rule, the object, the prerequisite and the fields at fault. */
export function violationKey(violation: Violation): string {
  return [violation.rule, violation.object.type, violation.object.uuid ?? violation.object.name, violation.prerequisite ?? '', [...violation.fields].sort().join(',')].join('\u0000');
}

/**
 * "What would go wrong if…": the violations of a candidate configuration that the current one does not
 * have, plus every candidate violation that blames one of `fields` (the control being changed). The UI
 * disables an option or a toggle when this is not empty and shows these violations as the reason.
 */
export function violationsIntroduced(current: readonly Violation[], candidate: readonly Violation[], fields: readonly string[] = []): Violation[] {
  const known = new Set(current.map(violationKey));
  return candidate.filter((violation) => !known.has(violationKey(violation)) || violation.fields.some((field) => fields.includes(field)));
}

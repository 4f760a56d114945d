import type { ApplicationProfile } from '@/domain/model';
import { checkApplicationProfileChange, violationsIntroduced, type PlacementFacts, type ProfileFacts, type Violation } from '@/domain/rules';
import { profileFromForm, type ProfileFormValues } from './profile-form';

/** What the rules need to judge an edit of the profile: its stored version and every virtual service using it. */
export interface ProfileRuleContext {
  base: Partial<ApplicationProfile> & Pick<ApplicationProfile, 'type'>;
  uuid: string | undefined;
  before: ProfileFacts | undefined;
  /** Placement facts of the virtual services using the profile, the wizard's own among them. */
  users: readonly PlacementFacts[];
}

/** SPEC §3 for the profile the form describes, through the shared rule module. */
export function checkProfileForm(values: ProfileFormValues, context: ProfileRuleContext): Violation[] {
  const after = { ...profileFromForm(values, context.base), uuid: context.uuid } as ProfileFacts;
  if (!after.name) after.name = 'new profile';
  return checkApplicationProfileChange({ before: context.before, after, users: context.users });
}

/** What turning a control would break: empty when the change is allowed. */
export function changeBlockers(values: ProfileFormValues, change: (values: ProfileFormValues) => ProfileFormValues, fields: readonly string[], context: ProfileRuleContext): Violation[] {
  return violationsIntroduced(checkProfileForm(values, context), checkProfileForm(change(values), context), fields);
}

export const withPreserveClientIp = (on: boolean) => (values: ProfileFormValues): ProfileFormValues => ({ ...values, preserveClientIp: on });
export const withMultiplexing = (on: boolean) => (values: ProfileFormValues): ProfileFormValues => ({ ...values, http: { ...values.http, connectionMultiplexing: on } });
export const withProxyProtocol = (on: boolean) => (values: ProfileFormValues): ProfileFormValues => ({ ...values, l4: { ...values.l4, proxyProtocol: on } });

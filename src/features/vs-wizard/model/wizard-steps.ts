/** The wizard's steps, in order; the names are a contract (SPEC §4). */
export const stepIds = ['settings', 'policies', 'analytics', 'advanced', 'review'] as const;
export type StepId = (typeof stepIds)[number];
export const stepNames: Record<StepId, string> = {
  settings: 'Settings',
  policies: 'Policies',
  analytics: 'Analytics',
  advanced: 'Advanced',
  review: 'Review',
};

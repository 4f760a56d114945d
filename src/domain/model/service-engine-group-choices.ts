/** An SE group's choices, apart from its schema: a page that shows them does not need zod. */
export const haModes = ['HA_MODE_SHARED_PAIR', 'HA_MODE_SHARED', 'HA_MODE_LEGACY_ACTIVE_STANDBY'] as const;
export type HaMode = (typeof haModes)[number];

export const haModeLabels: Record<HaMode, string> = {
  HA_MODE_SHARED: 'Elastic HA N+M (buffer)',
  HA_MODE_SHARED_PAIR: 'Elastic HA Active/Active',
  HA_MODE_LEGACY_ACTIVE_STANDBY: 'Legacy HA Active/Standby',
};

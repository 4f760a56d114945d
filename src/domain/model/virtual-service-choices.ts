/** A virtual service's choices, apart from its schema: a page that shows them does not need zod. */
export const clientInsightsModes = ['NO_INSIGHTS', 'PASSIVE', 'ACTIVE'] as const;

export const rateLimiterActionTypes = [
  'RL_ACTION_NONE',
  'RL_ACTION_DROP_CONN',
  'RL_ACTION_RESET_CONN',
  'RL_ACTION_CLOSE_CONN',
  'RL_ACTION_LOCAL_RSP',
  'RL_ACTION_REDIRECT',
] as const;

export const flowDistributions = [
  'LOAD_AWARE',
  'CONSISTENT_HASH_SOURCE_IP_ADDRESS',
  'CONSISTENT_HASH_SOURCE_IP_ADDRESS_AND_PORT',
] as const;

export const virtualServiceTypes = ['VS_TYPE_NORMAL', 'VS_TYPE_VH_PARENT', 'VS_TYPE_VH_CHILD'] as const;

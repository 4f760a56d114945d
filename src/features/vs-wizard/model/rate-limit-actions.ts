export const rateLimitActions = ['RL_ACTION_NONE', 'RL_ACTION_DROP_CONN', 'RL_ACTION_RESET_CONN', 'RL_ACTION_CLOSE_CONN'] as const;
export const rateLimitActionLabels: Record<(typeof rateLimitActions)[number], string> = {
  RL_ACTION_NONE: 'Report only',
  RL_ACTION_DROP_CONN: 'Drop the connection',
  RL_ACTION_RESET_CONN: 'Reset the connection',
  RL_ACTION_CLOSE_CONN: 'Close the connection',
};

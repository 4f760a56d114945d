/** The DOM id of a form field's input, from its form path (`settings.pool.servers.0.ip` → `vs-settings-pool-servers-0-ip`). */
export function fieldDomId(path: string): string {
  return `vs-${path.replace(/\./g, '-')}`;
}

/** Id of the element describing a field (helper text, error, rule reason). */
export function fieldHelpId(path: string, kind: 'help' | 'error' | 'reason' = 'help'): string {
  return `${fieldDomId(path)}-${kind}`;
}

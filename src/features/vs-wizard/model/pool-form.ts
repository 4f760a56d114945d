import type { Pool, Server } from '@/domain/model';
import { applyFieldEdits, jsonEqual, type FieldValues } from '@/components/object-form/field-edits';
import { numberText, parseWhole } from './ref-values';
import type { PoolValues, ServerValues } from './wizard-schema';

type PoolSettings = Pick<PoolValues, 'name' | 'defaultServerPort' | 'lbAlgorithm' | 'servers'>;

export function serverToForm(server: Server | Record<string, unknown>): ServerValues {
  const s = server as Partial<Server>;
  return {
    ip: s.ip?.addr ?? '',
    port: s.port ? String(s.port) : '',
    enabled: s.enabled ?? true,
  };
}

/** What the form shows for a pool. */
export function poolToForm(pool: Partial<Pool>): PoolSettings {
  return {
    name: pool.name ?? '',
    defaultServerPort: numberText(pool.default_server_port, 80),
    lbAlgorithm: pool.lb_algorithm ?? 'LB_ALGORITHM_LEAST_CONNECTIONS',
    servers: (pool.servers ?? []).map(serverToForm),
  };
}

/**
 * The servers as the API wants them. A server the admin did not change is sent back as loaded (ratio,
 * hostname and every other field kept); a changed one keeps the fields the form does not show.
 */
export function serversFromForm(servers: readonly ServerValues[], loaded: readonly Server[] | undefined): Server[] {
  const original = loaded ?? [];
  const used = new Set<number>();
  return servers.map((server, index) => {
    const sameIndex = original[index];
    let matchIndex = sameIndex && jsonEqual(serverToForm(sameIndex), server) ? index : -1;
    if (matchIndex < 0) matchIndex = original.findIndex((o, i) => !used.has(i) && jsonEqual(serverToForm(o), server));
    if (matchIndex < 0) matchIndex = original.findIndex((o, i) => !used.has(i) && o.ip?.addr === server.ip.trim());
    if (matchIndex < 0 && sameIndex && !used.has(index) && !servers.some((other) => other.ip.trim() === sameIndex.ip?.addr)) matchIndex = index;
    const base = matchIndex >= 0 ? original[matchIndex]! : undefined;
    if (matchIndex >= 0) used.add(matchIndex);
    if (base && jsonEqual(serverToForm(base), server)) return base;
    const next = structuredClone(base ?? ({} as Server)) as Server & Record<string, unknown>;
    if (next.ip?.addr !== server.ip.trim()) {
      next.ip = { addr: server.ip.trim(), type: 'V4' };
      delete next.hostname;
    }
    const port = parseWhole(server.port);
    if (port === undefined) delete next.port;
    else next.port = port as number;
    if (base || !server.enabled) next.enabled = server.enabled;
    return next;
  });
}

/** The pool fields the form manages, by API path. */
export function poolFormFields(values: PoolSettings, loaded: Partial<Pool> | undefined): FieldValues {
  return {
    name: values.name.trim(),
    default_server_port: parseWhole(values.defaultServerPort),
    lb_algorithm: values.lbAlgorithm,
    servers: serversFromForm(values.servers, loaded?.servers),
  };
}

/** The request body: a new pool, or the loaded one with only the edited fields changed. */
export function poolFromForm(values: PoolSettings, loaded?: Pool): Pool {
  if (!loaded) {
    const body: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(poolFormFields(values, undefined))) if (value !== undefined) body[path] = value;
    return body as Pool;
  }
  return applyFieldEdits(loaded, poolFormFields(poolToForm(loaded), loaded), poolFormFields(values, loaded));
}

export function poolChanged(values: PoolSettings, loaded: Pool): boolean {
  return !jsonEqual(poolFromForm(values, loaded), loaded);
}

import { withEdits } from '@/components/forms/apply-edits';
import type { IpAddr, Pool, Server } from '@/domain/model';
import { isIpv4, isIpv6 } from '@/domain/net/ipv4';

export interface ServerRow {
  ip: string;
  /** Empty: the pool's default server port. */
  port: string;
  enabled: boolean;
  /** Index of the server in the pool as loaded; undefined for a new row. */
  original?: number;
}

export interface PoolForm {
  name: string;
  defaultServerPort: string;
  enabled: boolean;
  servers: ServerRow[];
}

export interface PoolFormErrors {
  name?: string;
  defaultServerPort?: string;
  servers: { ip?: string; port?: string }[];
}

export function formFromPool(pool: Pool): PoolForm {
  return {
    name: pool.name,
    defaultServerPort: String(pool.default_server_port ?? 80),
    enabled: pool.enabled ?? true,
    servers: (pool.servers ?? []).map((server, index) => ({
      ip: server.ip.addr,
      port: server.port ? String(server.port) : '',
      enabled: server.enabled ?? true,
      original: index,
    })),
  };
}

function portError(text: string, allowEmpty: boolean): string | undefined {
  const value = text.trim();
  if (value === '') return allowEmpty ? undefined : 'Enter a port from 1 to 65535.';
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) return `"${value}" is not a port: use a whole number from 1 to 65535.`;
  return undefined;
}

export function validatePoolForm(form: PoolForm): PoolFormErrors {
  const errors: PoolFormErrors = { servers: [] };
  if (!form.name.trim()) errors.name = 'Enter a name.';
  else if (form.name.length > 255) errors.name = 'Use at most 255 characters.';
  const defaultPortError = portError(form.defaultServerPort, false);
  if (defaultPortError) errors.defaultServerPort = defaultPortError;
  const seen = new Set<string>();
  errors.servers = form.servers.map((row) => {
    const ip = row.ip.trim();
    const rowErrors: { ip?: string; port?: string } = {};
    if (!ip) rowErrors.ip = 'Enter the server\u2019s IP address, for example 10.10.10.21.';
    else if (!isIpv4(ip) && !isIpv6(ip)) rowErrors.ip = `"${ip}" is not an IP address, for example 10.10.10.21.`;
    const port = portError(row.port, true);
    if (port) rowErrors.port = port;
    const key = `${ip}:${row.port.trim() || form.defaultServerPort.trim()}`;
    if (ip && !rowErrors.ip && !rowErrors.port) {
      if (seen.has(key)) rowErrors.ip = `${key} is listed twice.`;
      seen.add(key);
    }
    return rowErrors;
  });
  return errors;
}

export function hasPoolErrors(errors: PoolFormErrors): boolean {
  return errors.name !== undefined || errors.defaultServerPort !== undefined || errors.servers.some((s) => s.ip !== undefined || s.port !== undefined);
}

function ipAddr(text: string, base?: IpAddr): IpAddr {
  const addr = text.trim();
  return { ...base, addr, type: isIpv4(addr) ? 'V4' : 'V6' };
}

function serverFromRow(row: ServerRow, loaded: readonly Server[]): Server {
  const base = row.original === undefined ? undefined : loaded[row.original];
  if (!base) return { ip: ipAddr(row.ip), ...(row.port.trim() ? { port: Number(row.port) } : {}), enabled: row.enabled } as Server;
  const server = structuredClone(base);
  if (row.ip.trim() !== base.ip.addr) server.ip = ipAddr(row.ip, base.ip);
  const port = row.port.trim() ? Number(row.port) : undefined;
  if (port !== (base.port || undefined)) {
    if (port === undefined) delete server.port;
    else server.port = port;
  }
  if (row.enabled !== (base.enabled ?? true)) server.enabled = row.enabled;
  return server;
}

/** The pool to PUT: as loaded, with the form's changes (servers keep the fields the form does not show). */
export function poolWithForm(loaded: Pool, form: PoolForm): Pool {
  const shown = formFromPool(loaded);
  const servers = (loaded.servers ?? []) as Server[];
  const nextServers = form.servers.map((row) => serverFromRow(row, servers));
  const serversUnchanged = JSON.stringify(form.servers) === JSON.stringify(shown.servers);
  return withEdits(
    loaded,
    {
      name: form.name.trim(),
      default_server_port: Number(form.defaultServerPort),
      enabled: form.enabled,
      servers: serversUnchanged ? loaded.servers : nextServers,
    },
    { name: shown.name, default_server_port: Number(shown.defaultServerPort), enabled: shown.enabled, servers: loaded.servers },
  );
}

/** A new pool from the form (create). */
export function newPoolFromForm(form: PoolForm): Pool {
  return poolWithForm({ name: form.name.trim(), default_server_port: Number(form.defaultServerPort), enabled: form.enabled, servers: [] } as unknown as Pool, form);
}

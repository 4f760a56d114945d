import type { ObjectType } from '@/domain/model/object-types';
import { stableUuid } from '../controller/ids';
import { canonicalRef } from '../controller/refs';
import type { Change } from '../controller/store';
import type { JsonObject, StoredRecord } from '../controller/types';
import { buildSystemObjects } from './default';
import type { Seeder } from './index';

/**
 * The benchmark seed: the default seed's system objects plus 500 application profiles, 5,000 pools,
 * 10,000 VS VIPs and 10,000 virtual services, generated deterministically. The first object of each kind
 * goes through the full create pipeline; the rest are clones of it with their own names, uuids, addresses
 * and references, committed in bulk (fast: well under 2 s).
 */
export const LARGE_SEED_COUNTS = { applicationprofile: 500, pool: 5000, vsvip: 10000, virtualservice: 10000 } as const;

/**
 * Virtual service i < POOLED_VIRTUAL_SERVICES uses pool i (a pool serves one virtual service, as on a real
 * controller); the rest have no pool, which leaves pools 4000-4999 free for the wizard's pool picker.
 */
export const POOLED_VIRTUAL_SERVICES = 4000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function profileKind(i: number): 'preserve' | 'l4' | 'http' {
  if (i % 10 === 0) return 'preserve';
  return i % 3 === 1 ? 'l4' : 'http';
}

export function buildLargeSeed(seed: Seeder): void {
  buildSystemObjects(seed);
  const { store } = seed;
  const templates = new Map<string, Readonly<JsonObject>>();
  const ref = (type: string, name: string) => `/api/${type}?name=${encodeURIComponent(name)}`;

  const bulk = (type: ObjectType, count: number, name: (i: number) => string, make: (i: number, template: Readonly<JsonObject>, uuid: string) => JsonObject, first: (name: string) => StoredRecord, templateKey: (i: number) => string = () => type): string[] => {
    const uuids: string[] = [];
    const changes: Change[] = [];
    for (let i = 0; i < count; i += 1) {
      const key = templateKey(i);
      const template = templates.get(key);
      if (!template) {
        const record = first(name(i));
        templates.set(key, record.data);
        uuids.push(record.uuid);
        continue;
      }
      const uuid = stableUuid(type, `admin/${name(i)}`);
      const offset = changes.length;
      const data = make(i, template, uuid);
      data._last_modified = store.peekLastModified(seed.now, offset);
      changes.push({ uuid, record: { type, uuid, tenant: 'admin', seq: store.peekSeq(offset), data } });
      uuids.push(uuid);
    }
    store.commit(changes);
    return uuids;
  };

  const profileName = (i: number) => `app-profile-${pad(i, 4)}`;
  const profiles = bulk(
    'applicationprofile',
    LARGE_SEED_COUNTS.applicationprofile,
    profileName,
    (i, t, uuid) => ({ ...t, uuid, name: profileName(i) }),
    (name) => {
      const kind = profileKind(Number(name.slice(-4)));
      if (kind === 'l4') return seed.create('applicationprofile', 'admin', { name, type: 'APPLICATION_PROFILE_TYPE_L4', tcp_app_profile: {} });
      return seed.create('applicationprofile', 'admin', {
        name,
        type: 'APPLICATION_PROFILE_TYPE_HTTP',
        preserve_client_ip: kind === 'preserve',
        http_profile: { connection_multiplexing_enabled: kind !== 'preserve' },
      });
    },
    profileKind,
  );

  const host = (n: number) => `10.10.10.${20 + (n % 230)}`;
  const poolName = (i: number) => `pool-${pad(i, 5)}`;
  const pools = bulk(
    'pool',
    LARGE_SEED_COUNTS.pool,
    poolName,
    (i, t, uuid) => ({
      ...t,
      uuid,
      name: poolName(i),
      servers: [
        { ...(t.servers as JsonObject[])[0], ip: { addr: host(i), type: 'V4' }, hostname: host(i) },
        { ...(t.servers as JsonObject[])[1], ip: { addr: host(i + 1), type: 'V4' }, hostname: host(i + 1) },
      ],
    }),
    (name) =>
      seed.create('pool', 'admin', {
        name,
        servers: [
          { ip: { addr: host(0), type: 'V4' }, port: 80 },
          { ip: { addr: host(1), type: 'V4' }, port: 80 },
        ],
        health_monitor_refs: [ref('healthmonitor', 'System-HTTP')],
      }),
  );

  const vipAddr = (i: number) => `10.40.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  const vipName = (i: number) => `vsvip-${pad(i, 5)}`;
  const vips = bulk(
    'vsvip',
    LARGE_SEED_COUNTS.vsvip,
    vipName,
    (i, t, uuid) => ({
      ...t,
      uuid,
      name: vipName(i),
      vip: [{ ...(t.vip as JsonObject[])[0], ip_address: { addr: vipAddr(i), type: 'V4' } }],
    }),
    (name) => seed.create('vsvip', 'admin', { name, vip: [{ vip_id: '0', ip_address: { addr: vipAddr(0), type: 'V4' } }] }),
  );

  const vsName = (i: number) => `vs-${pad(i, 5)}`;
  const vsKind = (i: number) => `${profileKind(i % LARGE_SEED_COUNTS.applicationprofile) === 'preserve' ? 'routed' : 'default'}-${i % 7 === 0 ? 'off' : 'on'}`;
  bulk(
    'virtualservice',
    LARGE_SEED_COUNTS.virtualservice,
    vsName,
    (i, t, uuid) => {
      const { pool_ref: _templatePool, ...template } = t;
      return {
        ...template,
        uuid,
        name: vsName(i),
        application_profile_ref: canonicalRef('applicationprofile', profiles[i % profiles.length]!),
        ...(i < POOLED_VIRTUAL_SERVICES ? { pool_ref: canonicalRef('pool', pools[i]!) } : {}),
        vsvip_ref: canonicalRef('vsvip', vips[i]!),
        services: [{ ...(t.services as JsonObject[])[0], port: 80 + (i % 3), port_range_end: 80 + (i % 3) }],
      };
    },
    (name) => {
      const i = Number(name.slice(-5));
      const preserve = profileKind(i % LARGE_SEED_COUNTS.applicationprofile) === 'preserve';
      return seed.create('virtualservice', 'admin', {
        name,
        enabled: i % 7 !== 0,
        services: [{ port: 80 + (i % 3) }],
        application_profile_ref: ref('applicationprofile', profileName(i % LARGE_SEED_COUNTS.applicationprofile)),
        pool_ref: ref('pool', poolName(i)),
        vsvip_ref: ref('vsvip', vipName(i)),
        se_group_ref: ref('serviceenginegroup', preserve ? 'Routed-Group' : 'Default-Group'),
      });
    },
    vsKind,
  );
}

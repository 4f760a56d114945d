import { CONTROLLER_API_VERSION } from '@/domain/api-version';
import type { ObjectType } from '@/domain/model/object-types';
import { stableUuid } from '../controller/ids';
import { findTenantByName } from '../controller/refs';
import { ADMIN_TENANT, type Store } from '../controller/store';
import type { JsonObject, StoredRecord } from '../controller/types';
import { parseRequestVersion } from '../controller/version';
import { loadSchemas } from '../controller/schemas';
import { createObject } from '../controller/writes';
import { buildDefaultSeed } from './default';

export const seedNames = ['default', 'large'] as const;
export type SeedName = (typeof seedNames)[number];

export function isSeedName(value: string): value is SeedName {
  return (seedNames as readonly string[]).includes(value);
}

const currentVersion = parseRequestVersion(CONTROLLER_API_VERSION);

/**
 * Builds seed data through the same create pipeline as `POST /api/<type>` (schema defaults, reference
 * resolution by name, server defaults, the SPEC section 3 rules), so a seed cannot hold anything the API
 * would refuse. Uuids are stable: derived from type, tenant and name.
 */
export class Seeder {
  constructor(
    readonly store: Store,
    readonly now: number,
  ) {}

  tenantUuid(name: string): string {
    if (name === 'admin') return ADMIN_TENANT;
    const tenant = findTenantByName(this.store, name);
    if (!tenant) throw new Error(`seed: tenant ${name} must be created first`);
    return tenant.uuid;
  }

  create(type: ObjectType, tenantName: string, body: JsonObject, uuid?: string): StoredRecord {
    const tenant = type === 'tenant' ? ADMIN_TENANT : this.tenantUuid(tenantName);
    const id = uuid ?? stableUuid(type, `${tenantName}/${String(body.name)}`);
    const ctx = { store: this.store, tenant, tenantName, now: this.now, version: currentVersion };
    const result = createObject(ctx, type, structuredClone(body), id);
    this.store.commit(result.changes);
    return result.primary!;
  }
}


export async function buildSeed(name: SeedName, store: Store, now: number): Promise<void> {
  // Seed objects are created as a POST would create them: validated.
  await loadSchemas();
  const seeder = new Seeder(store, now);
  if (name === 'large') {
    const { buildLargeSeed } = await import('./large');
    buildLargeSeed(seeder);
  } else {
    buildDefaultSeed(seeder);
  }
  store.seed = name;
}

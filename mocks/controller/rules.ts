import type { ApplicationProfile } from '@/domain/model/application-profile';
import type { Cloud } from '@/domain/model/cloud';
import type { Network } from '@/domain/model/network';
import type { ObjectType } from '@/domain/model/object-types';
import type { Pool } from '@/domain/model/pool';
import type { ServiceEngineGroup } from '@/domain/model/service-engine-group';
import type { VirtualService } from '@/domain/model/virtual-service';
import type { VrfContext } from '@/domain/model/vrf-context';
import type { VsVip } from '@/domain/model/vs-vip';
import {
  checkApplicationProfileChange,
  checkServiceEngineGroupChange,
  checkVirtualServicePlacement,
  placementFactsFor,
  type PlacementFacts,
  type PlacementResolver,
  type RoutingEnvironment,
  type Violation,
} from '@/domain/rules';
import { defaultCloudRef, defaultSeGroupRef, globalVrfRef } from './defaults';
import { canonicalRef, isVisible } from './refs';
import { ADMIN_TENANT, type Change, type Store } from './store';
import { HttpError, type JsonObject, type StoredRecord } from './types';

/**
 * The store as it would be after a set of pending changes, without touching it: rule checks evaluate
 * candidates against this view, so a refused write changes nothing.
 */
export class CandidateView {
  private readonly overlay: Map<string, StoredRecord | null>;

  constructor(
    readonly store: Store,
    changes: readonly Change[] = [],
  ) {
    this.overlay = new Map(changes.map((c) => [c.uuid, c.record]));
  }

  get(uuid: string): StoredRecord | undefined {
    if (this.overlay.has(uuid)) return this.overlay.get(uuid) ?? undefined;
    return this.store.get(uuid);
  }

  /** Objects of a type a tenant sees, with the pending changes applied. */
  visible(type: ObjectType, tenant: string): StoredRecord[] {
    const out: StoredRecord[] = [];
    for (const record of this.store.visible(type, tenant)) {
      const current = this.get(record.uuid);
      if (current) out.push(current);
    }
    for (const record of this.overlay.values()) {
      if (record && record.type === type && !this.store.get(record.uuid) && isVisible(record, tenant)) out.push(record);
    }
    return out;
  }

  /** Virtual services referring to `uuid` (the store's reverse index, with pending changes applied). */
  virtualServicesReferring(uuid: string, field: (vs: JsonObject) => unknown = () => true): StoredRecord[] {
    const uuids = new Set(this.store.referrers(uuid));
    for (const [id, record] of this.overlay) if (record?.type === 'virtualservice') uuids.add(id);
    const out: StoredRecord[] = [];
    const ref = `/${uuid}`;
    for (const id of uuids) {
      const record = this.get(id);
      if (record?.type !== 'virtualservice') continue;
      const value = field(record.data as JsonObject);
      if (value === true || (typeof value === 'string' && value.endsWith(ref))) out.push(record);
    }
    return out;
  }
}

function uuidOf(ref: string | undefined): string | undefined {
  return ref ? ref.slice(ref.lastIndexOf('/') + 1) : undefined;
}

/** `PlacementResolver` over the store (and pending changes), as a tenant sees it. */
export function storeResolver(view: CandidateView, tenant: string): PlacementResolver {
  const data = <T>(ref: string | undefined): T | undefined => {
    const uuid = uuidOf(ref);
    return uuid ? (view.get(uuid)?.data as T | undefined) : undefined;
  };
  const cloudOr = (cloudRef: string | undefined) => cloudRef ?? defaultCloudRef(view.store, tenant);
  return {
    applicationProfile: (ref) => data<ApplicationProfile>(ref),
    seGroup: (ref, cloudRef) => data<ServiceEngineGroup>(ref ?? defaultSeGroupRef(view.store, tenant, cloudOr(cloudRef))),
    vrfContext: (ref, cloudRef) => data<VrfContext>(ref ?? globalVrfRef(view.store, tenant, cloudOr(cloudRef))),
    vsVip: (ref) => data<VsVip>(ref),
    pool: (ref) => data<Pool>(ref),
    cloud: (ref) => data<Cloud>(cloudOr(ref)),
    networks: (cloudRef) => networksOf(view, tenant, cloudOr(cloudRef)),
  };
}

function networksOf(view: CandidateView, tenant: string, cloudRef: string | undefined): Network[] {
  const fallback = defaultCloudRef(view.store, tenant);
  return view
    .visible('network', tenant)
    .filter((n) => (n.data.cloud_ref ?? fallback) === cloudRef)
    .map((n) => n.data as unknown as Network);
}

function factsFor(view: CandidateView, vs: StoredRecord): PlacementFacts {
  return placementFactsFor({ ...(vs.data as unknown as VirtualService), uuid: vs.uuid }, storeResolver(view, vs.tenant));
}

function environmentOf(view: CandidateView, group: StoredRecord): RoutingEnvironment {
  const resolver = storeResolver(view, group.tenant);
  const cloudRef = group.data.cloud_ref as string | undefined;
  const cloud = resolver.cloud(cloudRef);
  return { cloud: cloud ? { name: cloud.name, vtype: cloud.vtype } : undefined, networks: resolver.networks(cloudRef) };
}

function seGroupChange(view: CandidateView, before: StoredRecord | undefined, after: StoredRecord): Violation[] {
  const hosted = view.virtualServicesReferring(after.uuid, (vs) => vs.se_group_ref).map((vs) => factsFor(view, vs));
  return checkServiceEngineGroupChange({
    before: before?.data as unknown as ServiceEngineGroup | undefined,
    after: { ...(after.data as unknown as ServiceEngineGroup), uuid: after.uuid },
    environment: environmentOf(view, after),
    hosted,
  });
}

/** Routing-related violations of every routed SE group (and what it hosts) in the given clouds. */
function routingState(view: CandidateView, clouds: ReadonlySet<string>): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const tenantRecord of [ADMIN_TENANT, ...[...view.store.ownedBy('tenant', ADMIN_TENANT)].map((t) => t.uuid)]) {
    for (const group of view.visible('serviceenginegroup', tenantRecord)) {
      if (seen.has(group.uuid)) continue;
      seen.add(group.uuid);
      const cloud = (group.data.cloud_ref as string | undefined) ?? defaultCloudRef(view.store, group.tenant);
      if (!group.data.enable_routing || (cloud && !clouds.has(cloud))) continue;
      out.push(...seGroupChange(view, group, group));
    }
  }
  return out;
}

function violationKey(v: Violation): string {
  return `${v.rule}\u0000${v.object.uuid ?? v.object.name}\u0000${v.prerequisite ?? ''}\u0000${v.message}`;
}

function introduced(before: readonly Violation[], after: readonly Violation[]): Violation[] {
  const known = new Set(before.map(violationKey));
  return after.filter((v) => !known.has(violationKey(v)));
}

export interface WriteSubject {
  type: ObjectType;
  uuid: string;
  before: StoredRecord | undefined;
  /** Undefined for a delete. */
  after: StoredRecord | undefined;
}

/**
 * SPEC section 3, enforced on every write through the shared rule module: returns the violations the
 * pending changes would introduce.
 */
export function checkRules(store: Store, changes: readonly Change[], subject: WriteSubject): Violation[] {
  const now = new CandidateView(store);
  const next = new CandidateView(store, changes);
  const { before, after } = subject;
  switch (subject.type) {
    case 'virtualservice':
      return after ? checkVirtualServicePlacement(factsFor(next, after)) : [];
    case 'applicationprofile': {
      if (!after) return [];
      const users = next.virtualServicesReferring(after.uuid, (vs) => vs.application_profile_ref).map((vs) => factsFor(next, vs));
      return checkApplicationProfileChange({
        before: before ? { ...(before.data as unknown as ApplicationProfile), uuid: before.uuid } : undefined,
        after: { ...(after.data as unknown as ApplicationProfile), uuid: after.uuid },
        users,
      });
    }
    case 'serviceenginegroup':
      return after ? seGroupChange(next, before, after) : [];
    case 'pool':
    case 'vsvip': {
      if (!after) return [];
      const field = subject.type === 'pool' ? (vs: JsonObject) => vs.pool_ref : (vs: JsonObject) => vs.vsvip_ref;
      const users = next.virtualServicesReferring(subject.uuid, field);
      const was = users.flatMap((vs) => {
        const current = now.get(vs.uuid);
        return current ? checkVirtualServicePlacement(factsFor(now, current)) : [];
      });
      const will = users.flatMap((vs) => checkVirtualServicePlacement(factsFor(next, vs)));
      return introduced(was, will);
    }
    case 'network':
    case 'cloud':
    case 'vrfcontext': {
      const clouds = new Set<string>();
      for (const record of [before, after]) {
        if (!record) continue;
        if (subject.type === 'cloud') clouds.add(canonicalRef('cloud', record.uuid));
        else {
          const cloud = (record.data.cloud_ref as string | undefined) ?? defaultCloudRef(store, record.tenant);
          if (cloud) clouds.add(cloud);
        }
      }
      return introduced(routingState(now, clouds), routingState(next, clouds));
    }
    default:
      return [];
  }
}

/** A 400 with the violations' messages and the mock-only `X-Mock-Rule-Ids` header. */
export function ruleError(violations: readonly Violation[]): HttpError {
  const ids = [...new Set(violations.map((v) => v.rule))];
  const messages = [...new Set(violations.map((v) => v.message))];
  return new HttpError(400, messages.join(' '), { headers: { 'X-Mock-Rule-Ids': ids.join(',') } });
}

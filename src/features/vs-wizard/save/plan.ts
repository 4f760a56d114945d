import { nameRef, sameRef, type Pool, type VirtualService, type VsVip } from '@/domain/model';
import { poolChanged, poolFromForm } from '../model/pool-form';
import { virtualServiceFromForm, type LoadedObjects } from '../model/virtual-service-form';
import { vsVipChanged, vsVipFromForm, vsVipNameFor } from '../model/vsvip-form';
import type { WizardValues } from '../model/wizard-schema';

/**
 * What Save sends, in order: the objects the virtual service depends on first (pool, VS VIP), then the
 * virtual service. The Review step shows exactly these requests, and Save runs exactly them.
 */

export type PlanObjectType = 'pool' | 'vsvip' | 'virtualservice';

interface PlanStepBase {
  type: PlanObjectType;
  name: string;
  body: Record<string, unknown>;
}
export interface CreateStep extends PlanStepBase {
  action: 'create';
}
export interface ReplaceStep extends PlanStepBase {
  action: 'replace';
  uuid: string;
  /** The object as it was loaded: compared with the controller's before the PUT, restored on rollback. */
  loaded: Record<string, unknown> & { _last_modified?: string | undefined };
}
export type PlanStep = CreateStep | ReplaceStep;

export interface PlannedRequest {
  method: 'POST' | 'PUT';
  path: string;
  body: Record<string, unknown>;
}

/** Objects the wizard works on besides the form: loaded for an edit, or created by an earlier Save the admin kept. */
export interface WizardObjects {
  /** Edit mode: the virtual service (and its pool and VS VIP) as loaded, updated after each own write. */
  loaded?: LoadedObjects | undefined;
  /** Created by an earlier, interrupted Save and kept by the admin: saved again with PUT, not created twice. */
  adopted?: { pool?: Pool | undefined; vsVip?: VsVip | undefined } | undefined;
}

export function requestOf(step: PlanStep): PlannedRequest {
  return step.action === 'create'
    ? { method: 'POST', path: `/api/${step.type}`, body: step.body }
    : { method: 'PUT', path: `/api/${step.type}/${encodeURIComponent(step.uuid)}`, body: step.body };
}

function replaceStep(type: PlanObjectType, loaded: { uuid?: string | undefined; name: string }, body: object): ReplaceStep {
  const name = (body as { name?: unknown }).name;
  return { action: 'replace', type, name: typeof name === 'string' ? name : loaded.name, uuid: loaded.uuid!, body: body as Record<string, unknown>, loaded: loaded as ReplaceStep['loaded'] };
}

function refOf(type: PlanObjectType, object: { uuid?: string | undefined; url?: string | undefined; name: string }): string {
  return object.url ?? (object.uuid ? `/api/${type}/${object.uuid}` : nameRef(type, object.name));
}

export function buildSavePlan(values: WizardValues, objects: WizardObjects = {}): PlanStep[] {
  const steps: PlanStep[] = [];
  const loaded = objects.loaded;
  const loadedVs: VirtualService | undefined = loaded?.virtualService;
  const name = values.settings.name.trim();
  const pool = values.settings.pool;

  let poolRef: string | undefined;
  if (pool.mode === 'new') {
    const adopted = objects.adopted?.pool;
    if (adopted) {
      poolRef = refOf('pool', adopted);
      if (poolChanged(pool, adopted)) steps.push(replaceStep('pool', adopted, poolFromForm(pool, adopted)));
    } else {
      const body = poolFromForm(pool);
      poolRef = nameRef('pool', body.name);
      steps.push({ action: 'create', type: 'pool', name: body.name, body: body as unknown as Record<string, unknown> });
    }
  } else if (pool.mode === 'existing') {
    poolRef = pool.ref;
    const own = loaded?.pool;
    if (own && sameRef(pool.ref, loadedVs?.pool_ref) && poolChanged(pool, own)) steps.push(replaceStep('pool', own, poolFromForm(pool, own)));
  }

  let vsVipRef: string | undefined;
  const vsVip = loaded?.vsVip ?? objects.adopted?.vsVip;
  if (vsVip) {
    vsVipRef = loaded?.vsVip && loadedVs?.vsvip_ref ? loadedVs.vsvip_ref : refOf('vsvip', vsVip);
    if (vsVipChanged(values.settings.vip, vsVip)) steps.push(replaceStep('vsvip', vsVip, vsVipFromForm(values.settings.vip, vsVip, vsVip.name)));
  } else {
    const vipName = vsVipNameFor(name);
    vsVipRef = nameRef('vsvip', vipName);
    steps.push({ action: 'create', type: 'vsvip', name: vipName, body: vsVipFromForm(values.settings.vip, undefined, vipName) as unknown as Record<string, unknown> });
  }

  const body = virtualServiceFromForm(values, loaded, { poolRef, vsVipRef }) as unknown as Record<string, unknown>;
  if (loadedVs?.uuid) steps.push(replaceStep('virtualservice', loadedVs, body));
  else steps.push({ action: 'create', type: 'virtualservice', name, body });
  return steps;
}

export const planObjectLabels: Record<PlanObjectType, string> = {
  pool: 'Pool',
  vsvip: 'VS VIP',
  virtualservice: 'Virtual Service',
};

export function describeStep(step: PlanStep): string {
  return `${step.action === 'create' ? 'Create' : 'Update'} ${planObjectLabels[step.type]} "${step.name}"`;
}

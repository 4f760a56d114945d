import type { StepId, WizardValues } from './wizard-schema';
import type { WizardObjects } from '../save/plan';

/**
 * The wizard's draft, kept in the tab's session storage under the tenant and the route, so it survives a
 * reload, a session expiry (sign in again, come back) and a detour to another page. Cleared on save and
 * on cancel.
 */

export interface ProfileChange {
  /** `create` or `replace`, with the profile before (for a replace) and after, to show the CLI on Review. */
  action: 'create' | 'replace';
  name: string;
  uuid: string | undefined;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown>;
  savedAt: number;
}

export interface WizardDraft {
  version: 1;
  values: WizardValues;
  /** What the form showed when the wizard opened: the draft is dirty when `values` differ. */
  pristine: WizardValues;
  activeStep: StepId;
  /** Index of the furthest step reached (0 = Settings): steps after it cannot be opened yet. */
  reached: number;
  objects: WizardObjects;
  profileChanges: ProfileChange[];
}

const PREFIX = 'console.vs-wizard.v1';

export function draftKey(tenant: string, target: string): string {
  return `${PREFIX}:${tenant}:${target}`;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(key: string): WizardDraft | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as WizardDraft;
    if (draft?.version !== 1 || typeof draft.values !== 'object' || typeof draft.reached !== 'number') return undefined;
    return draft;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: WizardDraft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch (error) {
    console.warn('The wizard draft could not be stored', error);
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(key);
}

import { createContext, useContext } from 'react';
import type { ApplicationProfile, ServiceEngineGroup } from '@/domain/model';
import type { Violation } from '@/domain/rules';
import type { FixResolver } from '@/components/client-ip';
import type { ClientIpCandidate, WizardRuleData } from './model/client-ip-rules';
import type { ProfileChange } from './model/draft-storage';
import type { StepId } from './model/wizard-schema';
import type { WizardObjects } from './save/plan';

/** What every step needs besides the form: the rule evaluation, navigation and the objects in play. */
export interface WizardUi {
  mode: 'create' | 'edit';
  /** The rule data, once the collections it needs are loaded. */
  ruleData: WizardRuleData | undefined;
  candidate: ClientIpCandidate;
  /** Client-IP violations of the configuration as it is. */
  violations: Violation[];
  /** What a change would break (see `probe`); empty while the rule data loads. */
  probe(change: Partial<ClientIpCandidate>, fields: readonly string[]): Violation[];
  /** The selected application profile (fetched). */
  profile: ApplicationProfile | undefined;
  seGroups: readonly ServiceEngineGroup[];
  /** Wizard-level fixes: go to a step, open the profile editor, open an SE group's page. */
  fixFor: FixResolver;
  goToStep(step: StepId, focusField?: string): void;
  openProfileEditor(mode: 'edit' | 'create'): void;
  /** The admin is about to open the chosen profile's editor (the pointer or the focus is on its button): render it ahead. */
  prepareProfileEditor(): void;
  objects: WizardObjects;
  profileChanges: readonly ProfileChange[];
  /** Messages from the controller for the step, when they could not be tied to a field. */
  stepErrors: Partial<Record<StepId, string>>;
}

export const WizardUiContext = createContext<WizardUi | undefined>(undefined);

export function useWizardUi(): WizardUi {
  const value = useContext(WizardUiContext);
  if (!value) throw new Error('useWizardUi must be used inside the virtual service wizard.');
  return value;
}

import { useCallback, useMemo } from 'react';
import { paths } from '@/app/paths';
import { ApplicationProfileEditorModal, type ProfileSavedDetails, type WizardClientIpContext } from '@/components/application-profile-editor';
import type { FixResolver } from '@/components/client-ip';
import { ipv4, refUuid, type ApplicationProfile } from '@/domain/model';
import type { PlacementFacts } from '@/domain/rules';
import { splitAddresses } from '../model/addresses';
import type { WizardValues } from '../model/wizard-schema';
import type { WizardObjects } from '../save/plan';

export interface WizardProfileEditorProps {
  mode: 'edit' | 'create';
  /** `ahead`: prepared before the admin opens it (see `LightModal`). */
  presence: 'shown' | 'ahead';
  /** The wizard's values; a new object only when they changed. */
  values: WizardValues;
  objects: WizardObjects;
  fixFor: FixResolver;
  placementFacts(): PlacementFacts | undefined;
  onSaved(profile: ApplicationProfile, before: ApplicationProfile | undefined): void;
  onCancel(): void;
}

const links = {
  virtualServicesUsing: (uuid: string, name: string) => paths.virtualServicesUsing('applicationprofile', uuid, name),
  seGroup: (uuid: string) => paths.seGroup(uuid),
  virtualService: (uuid: string) => paths.virtualService(uuid),
};

/**
 * Edit Application Profile over the wizard: the editor knows the wizard's SE group, SNAT and pool. `values`
 * must stay the same object while the wizard's values stay the same: an editor prepared ahead then opens
 * without rendering its form again.
 */
export function WizardProfileEditor({ mode, presence, values, objects, fixFor, placementFacts, onSaved, onCancel }: WizardProfileEditorProps) {
  const loadedVs = objects.loaded?.virtualService;
  const wizardContext = useMemo<WizardClientIpContext>(
    () => ({
      virtualServiceName: values.settings.name.trim() || 'new virtual service',
      ...(loadedVs?.uuid ? { virtualServiceUuid: loadedVs.uuid } : {}),
      enabled: values.settings.enabled,
      seGroupRef: values.advanced.seGroupRef || undefined,
      snatIps: splitAddresses(values.advanced.snatIps).map(ipv4),
      useVipAsSnat: values.advanced.useVipAsSnat,
      poolRef: values.settings.pool.mode === 'existing' ? values.settings.pool.ref : undefined,
      vsVipRef: loadedVs?.vsvip_ref,
      placementFacts,
      fixFor,
    }),
    [values, loadedVs, placementFacts, fixFor],
  );
  const saved = useCallback((profile: ApplicationProfile, details?: ProfileSavedDetails) => onSaved(profile, details?.before), [onSaved]);
  const profileUuid = mode === 'edit' ? refUuid(values.settings.applicationProfileRef) : undefined;
  return (
    <ApplicationProfileEditorModal
      {...(profileUuid ? { profileUuid } : {})}
      presence={presence}
      wizardContext={wizardContext}
      links={links}
      onSaved={saved}
      onCancel={onCancel}
    />
  );
}

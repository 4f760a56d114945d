import { useMemo } from 'react';
import { paths } from '@/app/paths';
import { ApplicationProfileEditorModal, type WizardClientIpContext } from '@/components/application-profile-editor';
import type { FixResolver } from '@/components/client-ip';
import { refUuid, type ApplicationProfile, type IpAddr } from '@/domain/model';
import type { PlacementFacts } from '@/domain/rules';
import type { WizardValues } from '../model/wizard-schema';
import type { WizardObjects } from '../save/plan';

interface WizardProfileEditorProps {
  mode: 'edit' | 'create';
  values: WizardValues;
  objects: WizardObjects;
  snatIps: IpAddr[];
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

/** Edit Application Profile over the wizard: the editor knows the wizard's SE group, SNAT and pool. */
export function WizardProfileEditor({ mode, values, objects, snatIps, fixFor, placementFacts, onSaved, onCancel }: WizardProfileEditorProps) {
  const loadedVs = objects.loaded?.virtualService;
  const wizardContext = useMemo<WizardClientIpContext>(
    () => ({
      virtualServiceName: values.settings.name.trim() || 'new virtual service',
      ...(loadedVs?.uuid ? { virtualServiceUuid: loadedVs.uuid } : {}),
      enabled: values.settings.enabled,
      seGroupRef: values.advanced.seGroupRef || undefined,
      snatIps,
      useVipAsSnat: values.advanced.useVipAsSnat,
      poolRef: values.settings.pool.mode === 'existing' ? values.settings.pool.ref : undefined,
      vsVipRef: loadedVs?.vsvip_ref,
      placementFacts,
      fixFor,
    }),
    [values, loadedVs, snatIps, placementFacts, fixFor],
  );
  const profileUuid = mode === 'edit' ? refUuid(values.settings.applicationProfileRef) : undefined;
  return (
    <ApplicationProfileEditorModal
      {...(profileUuid ? { profileUuid } : {})}
      wizardContext={wizardContext}
      links={links}
      onSaved={(profile, details) => onSaved(profile, details?.before)}
      onCancel={onCancel}
    />
  );
}

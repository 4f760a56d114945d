import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from '@/components/routing';
import { PageSection } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { PageHeader } from '@/components/page/PageHeader';
import { useSession } from '@/session';
import { draftKey, loadDraft, type WizardDraft } from './model/draft-storage';
import { blankWizardValues } from './model/blank-values';
import { useCreateDefaults } from './use-create-defaults';
import { VirtualServiceWizard } from './VirtualServiceWizard';

/** Applications → Virtual Services → Create Virtual Service → Advanced Setup. */
export default function CreateVirtualServicePage() {
  const { tenant } = useSession();
  const navigate = useNavigate();
  const defaults = useCreateDefaults();
  const [generation, setGeneration] = useState(0);
  const key = draftKey(tenant, 'new');
  // The wizard opens at once, from the stored draft or blank; the default objects fill in when they arrive.
  const initial = useMemo<WizardDraft>(
    () => {
      const values = blankWizardValues();
      return loadDraft(key) ?? { version: 1, values, pristine: values, activeStep: 'settings', reached: 0, objects: {}, profileChanges: [] };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new generation starts over from the stored draft
    [key, generation],
  );

  // Stable, so the memoised wizard does not render again when only this page does (the defaults' first request).
  const onSaved = useCallback((vs: { uuid?: string }) => navigate(vs.uuid ? paths.virtualService(vs.uuid) : paths.virtualServices), [navigate]);
  const onLeave = useCallback(() => navigate(paths.virtualServices), [navigate]);
  const onReload = useCallback(() => setGeneration((g) => g + 1), []);

  return (
    <>
      <PageHeader title="New Virtual Service" description={`Advanced setup in tenant ${tenant}: every step can be revisited before saving.`} />
      <PageSection isFilled type="wizard" className="vs-wizard-section" aria-label="New virtual service wizard">
        <VirtualServiceWizard
          key={`${tenant}-${generation}`}
          mode="create"
          draftKey={key}
          initial={initial}
          defaults={defaults}
          onSaved={onSaved}
          onLeave={onLeave}
          onReload={onReload}
        />
      </PageSection>
    </>
  );
}

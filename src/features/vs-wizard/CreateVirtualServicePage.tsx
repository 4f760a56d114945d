import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Bullseye, PageSection, Spinner } from '@patternfly/react-core';
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
  const initial = useMemo<WizardDraft | undefined>(() => {
    if (!defaults) return undefined;
    const stored = loadDraft(key);
    if (stored) return stored;
    const values = blankWizardValues();
    values.settings.applicationProfileRef = defaults.applicationProfileRef;
    values.settings.networkProfileRef = defaults.networkProfileRef;
    values.analytics.analyticsProfileRef = defaults.analyticsProfileRef;
    values.advanced.seGroupRef = defaults.seGroupRef;
    return { version: 1, values, pristine: values, activeStep: 'settings', reached: 0, objects: {}, profileChanges: [] };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new generation starts over from the stored draft
  }, [defaults, key, generation]);

  return (
    <>
      <PageHeader title="New Virtual Service" description={`Advanced setup in tenant ${tenant}: every step can be revisited before saving.`} />
      <PageSection isFilled type="wizard" aria-label="New virtual service wizard">
        {initial ? (
          <VirtualServiceWizard
            key={`${tenant}-${generation}`}
            mode="create"
            draftKey={key}
            initial={initial}
            onSaved={(vs) => navigate(vs.uuid ? paths.virtualService(vs.uuid) : paths.virtualServices)}
            onLeave={() => navigate(paths.virtualServices)}
            onReload={() => setGeneration((g) => g + 1)}
          />
        ) : (
          <Bullseye>
            <Spinner aria-label="Loading the wizard" />
          </Bullseye>
        )}
      </PageSection>
    </>
  );
}

import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from '@/components/routing';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { controllerKeys, rawObjectQuery } from '@/api/queries';
import { describeError } from '@/api/errors';
import { PageHeader } from '@/components/page/PageHeader';
import { refUuid } from '@/domain/model';
import { useSession } from '@/session';
import { clearDraft, draftKey, loadDraft, type WizardDraft } from './model/draft-storage';
import { virtualServiceToForm } from './model/virtual-service-form';
import { VirtualServiceWizard } from './VirtualServiceWizard';

/** The same wizard on an existing virtual service (Avi edits in advanced mode), saved with PUT. */
export default function EditVirtualServicePage() {
  const { uuid = '' } = useParams();
  const { tenant } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const key = draftKey(tenant, `edit:${uuid}`);
  const stored = useMemo(() => loadDraft(key), [key, generation]); // eslint-disable-line react-hooks/exhaustive-deps
  const fetchFresh = stored === undefined;
  const vs = useQuery({ ...rawObjectQuery(tenant, 'virtualservice', uuid), enabled: fetchFresh, staleTime: 0 });
  const poolUuid = refUuid(vs.data?.pool_ref);
  const vipUuid = refUuid(vs.data?.vsvip_ref);
  const pool = useQuery({ ...rawObjectQuery(tenant, 'pool', poolUuid ?? ''), enabled: fetchFresh && poolUuid !== undefined, staleTime: 0 });
  const vip = useQuery({ ...rawObjectQuery(tenant, 'vsvip', vipUuid ?? ''), enabled: fetchFresh && vipUuid !== undefined, staleTime: 0 });

  const initial = useMemo<WizardDraft | undefined>(() => {
    if (stored) return stored;
    if (!vs.data || (poolUuid && !pool.data) || (vipUuid && !vip.data)) return undefined;
    const loaded = { virtualService: vs.data, pool: pool.data, vsVip: vip.data };
    const values = virtualServiceToForm(loaded);
    return { version: 1, values, pristine: values, activeStep: 'settings', reached: 4, objects: { loaded }, profileChanges: [] };
  }, [stored, vs.data, pool.data, vip.data, poolUuid, vipUuid]);

  // Stable, so the memoised wizard does not render again when only this page does (its queries refetching).
  const backToVirtualService = useCallback(() => navigate(paths.virtualService(uuid)), [navigate, uuid]);
  const reload = useCallback(() => {
    clearDraft(key);
    void queryClient.invalidateQueries({ queryKey: controllerKeys.tenant(tenant) }).then(() => setGeneration((g) => g + 1));
  }, [key, queryClient, tenant]);

  const error = vs.error ?? pool.error ?? vip.error;
  const name = initial?.objects.loaded?.virtualService.name ?? vs.data?.name ?? '';
  return (
    <>
      <PageHeader title={`Edit Virtual Service: ${name}`} description="Every step can be opened directly; Save on the Review step sends the changes." />
      <PageSection isFilled type="wizard" className="vs-wizard-section" aria-label="Edit virtual service wizard">
        {error ? (
          <Alert variant="danger" isInline title="The virtual service could not be loaded">
            {describeError(error)}
          </Alert>
        ) : initial ? (
          <VirtualServiceWizard
            key={`${tenant}-${generation}`}
            mode="edit"
            draftKey={key}
            initial={initial}
            onSaved={backToVirtualService}
            onLeave={backToVirtualService}
            onReload={reload}
          />
        ) : (
          <Bullseye>
            <Spinner aria-label="Loading the virtual service" />
          </Bullseye>
        )}
      </PageSection>
    </>
  );
}

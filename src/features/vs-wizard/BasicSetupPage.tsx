import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from '@/components/routing';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { ActionGroup, Alert, Bullseye, Button, Form, FormGroup, FormSection, PageSection, Radio, Spinner } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { invalidateTypes, listQuery } from '@/api/queries';
import { RuleReason, type FixResolver } from '@/components/client-ip';
import { useNotify } from '@/components/feedback';
import { PageHeader } from '@/components/page/PageHeader';
import { useSession } from '@/session';
import { applicationTypeLabels, applicationTypes, applyApplicationType, basicDefaults, basicStartValues, type ApplicationType, type BasicRefs } from './basic-setup';
import { TextField } from './fields/form-fields';
import { ServersField } from './fields/ServersField';
import { LeaveGuard } from './LeaveGuard';
import { checkWholeConfiguration } from './model/client-ip-rules';
import { wizardSchema, type WizardValues } from './model/wizard-schema';
import { SaveFailureDialog } from './save/SaveFailureDialog';
import { useWizardSave } from './save/use-wizard-save';
import type { WizardObjects } from './save/plan';
import { ServiceEngineGroupField } from './steps/AdvancedStep';
import { useWizardUi } from './wizard-context';
import { WizardUiProvider, type RulesSnapshot } from './WizardUiProvider';
import './wizard.css';

/** The client-IP rules over the whole configuration (e.g. a system profile edited to preserve the client IP). */
function BasicProblems() {
  const ui = useWizardUi();
  const problems = ui.violations.filter((v) => v.fields.every((f) => f !== 'se_group_ref') && v.object.type !== 'serviceenginegroup');
  return problems.length > 0 ? <RuleReason id="basic-problems" violations={problems} variant="error" /> : null;
}

function BasicForm({ refs }: { refs: BasicRefs }) {
  const { tenant, readOnly } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const pristine = useMemo(() => basicStartValues(refs), [refs]);
  const form = useForm<WizardValues>({ defaultValues: pristine, resolver: zodResolver(wizardSchema), mode: 'onTouched' });
  const [type, setType] = useState<ApplicationType>('HTTP');
  const [port, setPort] = useState('80');
  const [objects, setObjects] = useState<WizardObjects>({});
  const [topError, setTopError] = useState<string>();
  const rulesRef = useRef<RulesSnapshot | undefined>(undefined);
  const leaving = useRef(false);
  const name = useWatch({ control: form.control, name: 'settings.name' });
  const dirty = form.formState.isDirty || Boolean(objects.adopted?.pool || objects.adopted?.vsVip);

  const applyType = (next: ApplicationType, nextPort: string) => {
    const current = form.getValues();
    const values = applyApplicationType(current, next, nextPort, refs);
    form.setValue('settings.services', values.settings.services, { shouldDirty: true });
    form.setValue('settings.applicationProfileRef', values.settings.applicationProfileRef);
    form.setValue('settings.networkProfileRef', values.settings.networkProfileRef);
    form.setValue('settings.sslProfileRef', values.settings.sslProfileRef);
    form.setValue('settings.sslCertificateRef', values.settings.sslCertificateRef);
  };

  const saver = useWizardSave({
    getValues: form.getValues,
    objects,
    setObjects: (update) => setObjects(update),
    onSaved: (vs) => {
      leaving.current = true;
      void invalidateTypes(queryClient, tenant, 'virtualservice', 'pool', 'vsvip');
      notify.success(`Virtual service "${vs.name ?? name}" created`);
      navigate(vs.uuid ? paths.virtualService(vs.uuid) : paths.virtualServices);
    },
    onError: (mapped) => {
      if (mapped.field?.startsWith('settings.name') || mapped.field?.startsWith('settings.vip.address') || mapped.field?.startsWith('settings.pool.servers') || mapped.field === 'advanced.seGroupRef') {
        form.setError(mapped.field as never, { type: 'server', message: mapped.message }, { shouldFocus: true });
      } else {
        setTopError(mapped.message);
      }
    },
  });

  useEffect(() => {
    form.setValue('settings.pool.name', name.trim() ? `${name.trim()}-pool` : '');
  }, [form, name]);

  const submit = async () => {
    setTopError(undefined);
    const rules = rulesRef.current;
    if (!rules?.ruleData || checkWholeConfiguration(rules.candidate, rules.ruleData).length > 0) return;
    await saver.save();
  };

  const noFixes = useCallback<FixResolver>(() => undefined, []);
  return (
    <FormProvider {...form}>
      <WizardUiProvider
        rulesRef={rulesRef}
        mode="create"
        fixFor={noFixes}
        goToStep={() => undefined}
        openProfileEditor={() => undefined}
        prepareProfileEditor={() => undefined}
        objects={objects}
        profileChanges={[]}
        stepErrors={{}}
      >
        <Form onSubmit={(event) =>
            void form.handleSubmit(submit, (errors) => {
              // Errors of fields Basic Setup does not show (derived ones) still get said.
              const hidden = [errors.settings?.pool?.name?.message, errors.settings?.sslCertificateRef?.message, errors.settings?.sslProfileRef?.message].filter(Boolean);
              setTopError(hidden.length > 0 ? hidden.join(' ') : undefined);
            })(event)
          } className="vs-wizard-form" aria-label="Basic setup">
          {topError && (
            <Alert variant="danger" isInline title="The virtual service cannot be created yet">
              {topError}
            </Alert>
          )}
          <FormSection title="Virtual service" titleElement="h2">
            <TextField name="settings.name" label="Virtual Service Name" isRequired placeholder="shop" help={name.trim() ? `Creates pool "${name.trim()}-pool" and VS VIP "${name.trim()}-VsVip".` : 'Also names the pool and the VS VIP it creates.'} />
            <TextField name="settings.vip.address" label="VIP Address" isRequired placeholder="10.10.40.110" />
            <FormGroup role="radiogroup" label="Application Type" fieldId="basic-type" isStack>
              {applicationTypes.map((t) => (
                <Radio
                  key={t}
                  id={`basic-type-${t}`}
                  name="application-type"
                  label={applicationTypeLabels[t]}
                  isChecked={type === t}
                  onChange={() => {
                    setType(t);
                    const nextPort = t === 'L4' ? port : '';
                    if (t !== 'L4') setPort('');
                    applyType(t, nextPort);
                  }}
                />
              ))}
            </FormGroup>
            {type === 'L4' && <TextField name="settings.services.0.port" label="Service Port" isRequired inputMode="numeric" placeholder="9000" />}
            <ServiceEngineGroupField />
          </FormSection>
          <FormSection title="Servers" titleElement="h2">
            <ServersField caption="Servers" />
          </FormSection>
          <BasicProblems />
          <ActionGroup>
            <Button type="submit" variant="primary" isLoading={saver.isSaving} isDisabled={saver.isSaving || readOnly}>
              Save
            </Button>
            <Button variant="link" onClick={() => navigate(paths.virtualServices)} isDisabled={saver.isSaving}>
              Cancel
            </Button>
          </ActionGroup>
        </Form>
      </WizardUiProvider>
      <LeaveGuard when={dirty && !saver.isSaving} bypass={leaving} onDiscard={() => undefined} />
      {(saver.state.kind === 'failed' || saver.state.kind === 'rolling-back' || saver.state.kind === 'rolled-back') && <SaveFailureDialog state={saver.state} save={saver} />}
    </FormProvider>
  );
}

/** Create Virtual Service → Basic Setup: one page, default profiles, same rules and save as the wizard. */
export default function BasicSetupPage() {
  const { tenant } = useSession();
  const results = useQueries({ queries: basicDefaults.map(([, type, name]) => listQuery(tenant, type, { name, include_name: true })) });
  const loading = results.some((r) => r.isPending);
  const refs = useMemo<BasicRefs>(() => {
    const map: BasicRefs = {};
    basicDefaults.forEach(([key], index) => {
      const object = results[index]?.data?.results[0] as { url?: string } | undefined;
      if (object?.url) map[key] = object.url;
    });
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed once everything is loaded
  }, [loading, tenant]);
  return (
    <>
      <PageHeader title="New Virtual Service (Basic Setup)" description="One page: the virtual service, a VS VIP and a pool with default profiles. Edit it later in the advanced wizard." />
      <PageSection isFilled aria-label="Basic setup">
        {loading ? (
          <Bullseye>
            <Spinner aria-label="Loading" />
          </Bullseye>
        ) : (
          <BasicForm key={tenant} refs={refs} />
        )}
      </PageSection>
    </>
  );
}

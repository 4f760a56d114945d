import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Controller, FormProvider, useForm, useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Bullseye,
  Button,
  Checkbox,
  Content,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  List,
  ListItem,
  ModalBody,
  ModalFooter,
  Spinner,
  TextInput,
} from '@patternfly/react-core';
import { apiClient } from '@/api/client';
import { ApiError, ConcurrentChangeError, describeError } from '@/api/errors';
import { invalidateTypes, rawObjectQuery } from '@/api/queries';
import { LightModal, LightModalHeader } from '../dialogs/LightModal';
import { NewTabLink } from '../links/NewTabLink';
import { usePainted, useShownWhenTypingPauses } from '../scheduling';
import { replaceObject } from '@/api/replace-object';
import { applicationProfileTypeLabels, applicationProfileTypes, type ApplicationProfile } from '@/domain/model';
import type { Remedy, Violation } from '@/domain/rules';
import { useSession } from '@/session';
import { combineFixResolvers, RuleReason, type FixAction, type FixResolver } from '../client-ip';
import { httpFieldSpecs, newProfileBase, profileFormSchema, profileFromForm, profileToForm, type ProfileFormValues } from './profile-form';
import { changeBlockers, checkProfileForm, withMultiplexing, withPreserveClientIp, withProxyProtocol, type ProfileRuleContext } from './profile-rules';
import type { ApplicationProfileEditorProps } from './types';
import { useProfileUsers, type ProfileUsers } from './use-profile-users';
import './profile-editor.css';

type Path = FieldPath<ProfileFormValues>;
const id = (path: string) => `ape-${path.replace(/\./g, '-')}`;

function joinIds(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

const ADMIN_TENANT_REF = /\/tenant\/admin(#|$)/;

function isSystemProfile(profile: ApplicationProfile | undefined): boolean {
  return profile !== undefined && profile.name.startsWith('System-') && ADMIN_TENANT_REF.test(profile.tenant_ref ?? '/tenant/admin');
}

/** A profile of tenant admin seen from another tenant is shared read-only (the controller answers 403). */
function isSharedReadOnly(profile: ApplicationProfile | undefined, tenant: string): boolean {
  return profile !== undefined && tenant !== 'admin' && ADMIN_TENANT_REF.test(profile.tenant_ref ?? '');
}

function ProfileText({ name, label, help, inputMode }: { name: Path; label: string; help?: string; inputMode?: 'numeric' }) {
  const { control } = useFormContext<ProfileFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormGroup label={label} fieldId={id(name)}>
          <TextInput
            id={id(name)}
            ref={field.ref}
            value={String(field.value ?? '')}
            onChange={(_event, value) => field.onChange(value)}
            onBlur={field.onBlur}
            inputMode={inputMode}
            validated={fieldState.error ? 'error' : 'default'}
            aria-invalid={fieldState.error ? true : undefined}
            aria-describedby={joinIds(fieldState.error && `${id(name)}-error`, help && `${id(name)}-help`)}
          />
          {(fieldState.error || help) && (
            <FormHelperText>
              <HelperText>
                {fieldState.error && (
                  <HelperTextItem variant="error" id={`${id(name)}-error`}>
                    {fieldState.error.message}
                  </HelperTextItem>
                )}
                {help && <HelperTextItem id={`${id(name)}-help`}>{help}</HelperTextItem>}
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
      )}
    />
  );
}

interface ToggleProps {
  name: Path;
  label: string;
  help?: string;
  /** Violations that turning this control would cause: it is then disabled and they are its description. */
  blockers?: Violation[];
  /** Violations of its current value (shown as errors). */
  problems?: Violation[];
  fixFor?: FixResolver;
  /** The remedy that would undo what the control is about (offering "turn off X" under a disabled X makes no sense). */
  ownRemedy?: Remedy['kind'];
  children?: ReactNode;
}

function ProfileToggle({ name, label, help, blockers = [], problems = [], fixFor, ownRemedy, children }: ToggleProps) {
  const { control } = useFormContext<ProfileFormValues>();
  const blocked = blockers.length > 0;
  const reasonId = `${id(name)}-reason`;
  const helpId = `${id(name)}-help`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="ape-toggle">
          <Checkbox
            id={id(name)}
            label={label}
            isChecked={Boolean(field.value)}
            isDisabled={blocked}
            onChange={(_event, checked) => field.onChange(checked)}
            aria-describedby={joinIds((blocked || problems.length > 0) && reasonId, help && helpId)}
          />
          <div className="ape-toggle__below">
            {help && (
              <div id={helpId} className="ape-help">
                {help}
              </div>
            )}
            <RuleReason
              id={reasonId}
              violations={blocked ? blockers : problems}
              lead={blocked ? `${label} cannot be ${field.value ? 'turned off' : 'turned on'}:` : undefined}
              variant={blocked ? 'warning' : 'error'}
              fixFor={fixFor}
              hideRemedy={blocked && !field.value && ownRemedy ? (remedy) => remedy.kind === ownRemedy : undefined}
            />
            {children}
          </div>
        </div>
      )}
    />
  );
}

function UsageSummary({ users, profile, links }: { users: ProfileUsers; profile: ApplicationProfile; links: ApplicationProfileEditorProps['links'] }) {
  const groups = new Map<string, number>();
  for (const facts of users.facts ?? []) {
    if (!users.virtualServices.some((vs) => vs.uuid === facts.virtualService.uuid)) continue;
    const name = facts.seGroup?.name ?? 'unknown SE group';
    groups.set(name, (groups.get(name) ?? 0) + 1);
  }
  const enabled = users.virtualServices.filter((vs) => vs.enabled !== false);
  const href = links && profile.uuid ? links.virtualServicesUsing(profile.uuid, profile.name) : undefined;
  if (users.isLoading) return <Spinner size="md" aria-label="Counting the virtual services that use the profile" />;
  return (
    <Alert
      variant={users.count > 0 ? 'warning' : 'info'}
      isInline
      title={users.count === 0 ? 'No virtual service uses this profile yet' : `Used by ${users.count} virtual service${users.count === 1 ? '' : 's'} (${enabled.length} enabled)`}
      id="ape-usage"
    >
      {users.count > 0 && (
        <>
          <Content component="p">
            On Service Engine groups: {[...groups.entries()].map(([name, count]) => `${name} (${count})`).join(', ')}. A change applies to all of them.
          </Content>
          <List isPlain aria-label="Virtual services using this profile" className="ape-users">
            {users.virtualServices.slice(0, 8).map((vs) => (
              <ListItem key={vs.uuid}>
                {vs.name} — {vs.enabled === false ? 'disabled' : 'enabled'}
              </ListItem>
            ))}
          </List>
          {href && (
            <NewTabLink to={href}>See the virtual services using {profile.name} (opens in a new tab)</NewTabLink>
          )}
        </>
      )}
    </Alert>
  );
}

/** The HTTP settings after Connection Multiplexing: rendered after the dialog's first paint. */
function MoreHttpSettings({ xff, hsts }: { xff: boolean; hsts: boolean }) {
  return (
    <>
      <ProfileToggle name="http.xff" label="X-Forwarded-For" help="Add the client's address to each request in a header the servers read.">
        {xff && <ProfileText name="http.xffName" label="XFF header name" />}
      </ProfileToggle>
      <ProfileToggle name="http.websockets" label="WebSockets" />
      <ProfileToggle name="http.xForwardedProto" label="X-Forwarded-Proto" help="Tell the servers whether the client used HTTP or HTTPS." />
      <ProfileToggle name="http.httpToHttps" label="HTTP-to-HTTPS Redirect" />
      <ProfileToggle name="http.secureCookie" label="Secure Cookies" />
      <ProfileToggle name="http.httpOnly" label="HttpOnly Cookies" />
      <ProfileToggle name="http.hsts" label="HTTP Strict Transport Security (HSTS)">
        {hsts && <ProfileText name="http.hstsMaxAge" label="HSTS max age (days)" inputMode="numeric" />}
      </ProfileToggle>
      <div className="ape-grid">
        <ProfileText name="http.keepaliveTimeout" label={`Keepalive timeout (${httpFieldSpecs.keepaliveTimeout.unit})`} inputMode="numeric" />
        <ProfileText name="http.clientHeaderTimeout" label={`Client header timeout (${httpFieldSpecs.clientHeaderTimeout.unit})`} inputMode="numeric" />
        <ProfileText name="http.clientBodyTimeout" label={`Client body timeout (${httpFieldSpecs.clientBodyTimeout.unit})`} inputMode="numeric" />
        <ProfileText name="http.clientMaxHeaderSize" label={`Client header size limit (${httpFieldSpecs.clientMaxHeaderSize.unit})`} inputMode="numeric" />
        <ProfileText name="http.clientMaxRequestSize" label={`Client request size limit (${httpFieldSpecs.clientMaxRequestSize.unit})`} inputMode="numeric" />
      </div>
    </>
  );
}

function ProxyProtocolVersion() {
  const { control } = useFormContext<ProfileFormValues>();
  return (
    <Controller
      control={control}
      name="l4.proxyProtocolVersion"
      render={({ field }) => (
        <FormGroup label="Header version" fieldId={id('l4.proxyProtocolVersion')}>
          <FormSelect id={id('l4.proxyProtocolVersion')} value={field.value} onChange={(_event, value) => field.onChange(value)}>
            <FormSelectOption value="PROXY_PROTOCOL_VERSION_1" label="Version 1 (text)" />
            <FormSelectOption value="PROXY_PROTOCOL_VERSION_2" label="Version 2 (binary)" />
          </FormSelect>
        </FormGroup>
      )}
    />
  );
}

interface EditorFormProps extends Omit<ApplicationProfileEditorProps, 'presence'> {
  loaded: ApplicationProfile | undefined;
  onReload(): void;
}

/**
 * The profile as the controller has it when the admin sees the editor: an editor prepared ahead may have
 * rendered it from an older answer. Asked again once the editor has been shown, if the answer is stale; a
 * newer profile renders the form again (`EditorForm`'s key).
 */
function useProfileFreshWhenSeen(uuid: string | undefined) {
  const { tenant } = useSession();
  const queryClient = useQueryClient();
  const seen = usePainted();
  useEffect(() => {
    if (!seen || uuid === undefined) return;
    void queryClient.refetchQueries({ queryKey: rawObjectQuery(tenant, 'applicationprofile', uuid).queryKey, exact: true, stale: true }, { cancelRefetch: false });
  }, [seen, uuid, tenant, queryClient]);
}

/** Memoised: opening an editor prepared ahead changes its presence only, and renders none of the form again. */
const EditorForm = memo(function EditorForm({ loaded, template, wizardContext, links, onSaved, onCancel, onReload }: EditorFormProps) {
  const { tenant, readOnly } = useSession();
  const queryClient = useQueryClient();
  useProfileFreshWhenSeen(loaded?.uuid);
  const base = useMemo(() => loaded ?? newProfileBase(template), [loaded, template]);
  const form = useForm<ProfileFormValues>({ defaultValues: profileToForm(base), resolver: zodResolver(profileFormSchema), mode: 'onTouched' });
  const values = useWatch({ control: form.control }) as ProfileFormValues;
  const users = useProfileUsers(loaded?.uuid, wizardContext);
  // The dialog paints with its first sections; the rest of the HTTP settings follow when the admin is not typing.
  const showAll = useShownWhenTypingPauses();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const context = useMemo<ProfileRuleContext | undefined>(
    () => (users.facts ? { base, uuid: loaded?.uuid, before: loaded, users: users.facts } : undefined),
    [users.facts, base, loaded],
  );
  const type = values.type;
  const isHttp = type === 'APPLICATION_PROFILE_TYPE_HTTP';
  const isL4 = type === 'APPLICATION_PROFILE_TYPE_L4';
  // The rules run when the form or what it is judged against changes, not on every render (a save, a fix).
  const { current, pcipBlockers, muxBlockers, proxyBlockers } = useMemo(() => {
    const blockers = (change: (v: ProfileFormValues) => ProfileFormValues, fields: string[]) => (context ? changeBlockers(values, change, fields, context) : []);
    return {
      current: context ? checkProfileForm(values, context) : [],
      pcipBlockers: blockers(withPreserveClientIp(!values.preserveClientIp), ['preserve_client_ip']),
      muxBlockers: isHttp ? blockers(withMultiplexing(!values.http.connectionMultiplexing), ['http_profile.connection_multiplexing_enabled']) : [],
      proxyBlockers: isL4 ? blockers(withProxyProtocol(!values.l4.proxyProtocol), ['tcp_app_profile.proxy_protocol_enabled']) : [],
    };
  }, [values, context, isHttp, isL4]);
  const shownAtToggles = new Set([...pcipBlockers, ...muxBlockers].map((v) => v.message));
  const problemsAt = (field: string) => current.filter((v) => v.fields.includes(field) && v.object.type === 'applicationprofile');
  const otherProblems = current.filter((v) => !shownAtToggles.has(v.message) && !v.fields.some((f) => f === 'preserve_client_ip' || f === 'http_profile.connection_multiplexing_enabled'));

  const ownFixes: FixResolver = (remedy: Remedy): FixAction | undefined => {
    switch (remedy.kind) {
      case 'turn-off-multiplexing':
        return isHttp ? { label: 'Turn off Connection Multiplexing', onClick: () => form.setValue('http.connectionMultiplexing', false, { shouldDirty: true }) } : undefined;
      case 'turn-off-preserve-client-ip':
        return { label: 'Turn off Preserve Client IP', onClick: () => form.setValue('preserveClientIp', false, { shouldDirty: true }) };
      case 'turn-off-proxy-protocol':
        return { label: 'Turn off PROXY Protocol', onClick: () => form.setValue('l4.proxyProtocol', false, { shouldDirty: true }) };
      case 'change-profile-type':
        return { label: `Change the type to ${applicationProfileTypeLabels[remedy.to]}`, onClick: () => form.setValue('type', remedy.to, { shouldDirty: true }) };
      case 'disable-virtual-services':
      case 'move-virtual-services':
        return links && loaded?.uuid ? { label: 'See the virtual services using this profile', href: links.virtualServicesUsing(loaded.uuid, loaded.name) } : undefined;
      case 'enable-ip-routing':
      case 'meet-routing-prerequisite':
        return links?.seGroup && remedy.seGroup.uuid ? { label: `Open Service Engine group "${remedy.seGroup.name}"`, href: links.seGroup(remedy.seGroup.uuid) } : undefined;
      default:
        return undefined;
    }
  };
  const wizardFixes: FixResolver | undefined = wizardContext?.fixFor
    ? (remedy) => {
        const action = wizardContext.fixFor!(remedy);
        if (!action?.onClick) return action;
        const run = action.onClick;
        return { ...action, onClick: () => { onCancel(); run(); } };
      }
    : undefined;
  const fixFor = combineFixResolvers(ownFixes, wizardFixes);

  const save = form.handleSubmit(async (submitted) => {
    if (!context) return;
    const violations = checkProfileForm(submitted, context);
    if (violations.length > 0) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const body = profileFromForm(submitted, base);
      const saved = loaded
        ? await replaceObject('applicationprofile', loaded as ApplicationProfile & { name: string }, body)
        : await apiClient.create<ApplicationProfile>('applicationprofile', body);
      await invalidateTypes(queryClient, tenant, 'applicationprofile');
      onSaved(saved, { before: loaded });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 409 || /already exists/i.test(error.message))) {
        form.setError('name', { type: 'server', message: `An application profile named "${submitted.name.trim()}" already exists. Choose another name.` });
      } else {
        setSaveError(error);
      }
      setSaving(false);
    }
  });

  const headerName = loaded ? `Edit Application Profile: ${loaded.name}` : 'Create Application Profile';
  return (
    <>
      <LightModalHeader title={headerName} labelId="ape-title" description={wizardContext ? `For virtual service "${wizardContext.virtualServiceName}". Saved to the controller at once; the wizard then uses it.` : undefined} />
      <ModalBody>
        <FormProvider {...form}>
          <Form id="ape-form" onSubmit={(event) => { event.preventDefault(); void save(); }}>
            {isSharedReadOnly(loaded, tenant) && (
              <Alert variant="warning" isInline title={`${loaded!.name} belongs to tenant admin and is shared read-only with tenant ${tenant}.`}>
                Switch to tenant admin to change it, or create a profile of your own.
              </Alert>
            )}
            {isSystemProfile(loaded) && (
              <Alert variant="info" isInline isPlain title={`${loaded!.name} is a system profile, shared by every tenant and by every virtual service that uses it.`} />
            )}
            {loaded && <UsageSummary users={users} profile={loaded} links={links} />}
            {saveError !== undefined && (
              <Alert
                variant={saveError instanceof ConcurrentChangeError ? 'warning' : 'danger'}
                isInline
                title={saveError instanceof ConcurrentChangeError ? 'Changed by someone else' : 'The controller refused the profile'}
                actionLinks={saveError instanceof ConcurrentChangeError ? <Button variant="link" isInline onClick={onReload}>Reload the profile</Button> : undefined}
              >
                {describeError(saveError)}
              </Alert>
            )}
            {otherProblems.length > 0 && (
              <Alert variant="danger" isInline title="The controller would refuse this profile">
                <RuleReason id="ape-problems" violations={otherProblems} variant="error" fixFor={fixFor} />
              </Alert>
            )}
            <FormSection title="General" titleElement="h3">
              <ProfileText name="name" label="Name" />
              <ProfileText name="description" label="Description" />
              <Controller
                control={form.control}
                name="type"
                render={({ field }) => (
                  <FormGroup label="Type" fieldId={id('type')}>
                    <FormSelect id={id('type')} value={field.value} onChange={(_event, value) => field.onChange(value)} aria-describedby="ape-type-help">
                      {applicationProfileTypes.map((t) => (
                        <FormSelectOption key={t} value={t} label={applicationProfileTypeLabels[t]} />
                      ))}
                    </FormSelect>
                    <FormHelperText>
                      <HelperText>
                        <HelperTextItem id="ape-type-help">
                          {isHttp ? 'HTTP settings such as X-Forwarded-For exist only for HTTP profiles.' : isL4 ? 'PROXY protocol exists only for L4 profiles.' : 'Changing the type removes the settings of the other types.'}
                        </HelperTextItem>
                      </HelperText>
                    </FormHelperText>
                  </FormGroup>
                )}
              />
            </FormSection>
            <FormSection title="Client IP" titleElement="h3">
              <ProfileToggle
                name="preserveClientIp"
                label="Preserve Client IP"
                help="The Service Engine connects to the servers from the client's own address instead of source-NAT. Needs an SE group with IP routing, no connection multiplexing and no SNAT; applies to every virtual service using the profile."
                blockers={pcipBlockers}
                problems={problemsAt('preserve_client_ip')}
                fixFor={fixFor}
                ownRemedy="turn-off-preserve-client-ip"
              >
                {values.preserveClientIp && <ProfileToggle name="preserveClientPort" label="Preserve Client Port" help="Also keep the client's source port." />}
              </ProfileToggle>
            </FormSection>
            {isHttp && (
              <FormSection title="HTTP" titleElement="h3">
                <ProfileToggle
                  name="http.connectionMultiplexing"
                  label="Connection Multiplexing"
                  help="Reuse server connections for requests of different clients."
                  blockers={muxBlockers}
                  problems={problemsAt('http_profile.connection_multiplexing_enabled')}
                  fixFor={fixFor}
                  ownRemedy="turn-off-multiplexing"
                />
                {showAll && <MoreHttpSettings xff={values.http.xff} hsts={values.http.hsts} />}
              </FormSection>
            )}
            {isL4 && (
              <FormSection title="L4" titleElement="h3">
                <ProfileToggle name="l4.proxyProtocol" label="PROXY Protocol" help="Each connection to a server starts with a PROXY header carrying the client's address." blockers={proxyBlockers} fixFor={fixFor}>
                  {values.l4.proxyProtocol && <ProxyProtocolVersion />}
                </ProfileToggle>
              </FormSection>
            )}
          </Form>
        </FormProvider>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" type="submit" form="ape-form" isLoading={saving} isDisabled={saving || readOnly || isSharedReadOnly(loaded, tenant) || !context || current.length > 0}>
          Save
        </Button>
        <Button variant="link" onClick={onCancel} isDisabled={saving}>
          Cancel
        </Button>
      </ModalFooter>
    </>
  );
});

/**
 * Edit Application Profile: opens over the wizard (or a list page) for one profile, or for a new one. Every
 * SPEC §3 rule is applied through the rule module with the wizard's SE group, SNAT and pool: a control that
 * would break a rule is disabled, says why, names the object at fault and offers the fix.
 */
export function ApplicationProfileEditorModal({ presence = 'shown', ...props }: ApplicationProfileEditorProps) {
  const { tenant } = useSession();
  const [generation, setGeneration] = useState(0);
  const query = useQuery({ ...rawObjectQuery(tenant, 'applicationprofile', props.profileUuid ?? ''), enabled: props.profileUuid !== undefined });
  const waiting = props.profileUuid !== undefined && !query.data;
  const { refetch } = query;
  const reload = useCallback(() => {
    void refetch().then(() => setGeneration((g) => g + 1));
  }, [refetch]);
  return (
    <LightModal variant="large" onClose={props.onCancel} labelId="ape-title" className="ape-modal" presence={presence}>
      {waiting ? (
        <>
          <LightModalHeader title="Edit Application Profile" labelId="ape-title" />
          <ModalBody>
            {query.error ? (
              <Alert variant="danger" isInline title="The profile could not be loaded">
                {describeError(query.error)}
              </Alert>
            ) : (
              <Bullseye>
                <Spinner aria-label="Loading the application profile" />
              </Bullseye>
            )}
          </ModalBody>
        </>
      ) : (
        <EditorForm
          key={`${generation}-${query.data?._last_modified ?? 'new'}`}
          {...props}
          loaded={props.profileUuid ? query.data : undefined}
          onReload={reload}
        />
      )}
    </LightModal>
  );
}

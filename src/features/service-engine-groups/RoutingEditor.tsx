import { useState, type FormEvent } from 'react';
import { Link } from '@/components/routing';
import { useQueryClient } from '@tanstack/react-query';
import {
  ActionGroup,
  Alert,
  Button,
  Content,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  List,
  ListItem,
  Stack,
  Switch,
} from '@patternfly/react-core';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import { paths } from '@/app/paths';
import { ConcurrentChangeError } from '@/api/errors';
import { invalidateTypes } from '@/api/queries';
import { replaceObject } from '@/api/replace-object';
import { ErrorAlert, useNotify } from '@/components/feedback';
import { haModeLabels, haModes, type ServiceEngineGroup } from '@/domain/model';
import type { Violation } from '@/domain/rules';
import { useSession } from '@/session';
import { FloatingIpList } from './FloatingIpList';
import { routingChecks } from './routing-checks';
import { floatingIpErrors, formFromSeGroup, seGroupWithForm, type SeGroupForm } from './se-group-form';
import type { HostedPlacements } from './use-hosted-placements';

interface RoutingEditorProps {
  /** The SE group exactly as loaded: the PUT starts from it. */
  loaded: ServiceEngineGroup;
  hosted: HostedPlacements;
  onReload(): void;
}

/** How many virtual services or problems are spelled out; a group can host thousands. */
const MAX_LISTED = 5;

/** Each violation's message already says what to do (SPEC §3 messages are written for the admin). */
function problemList(violations: Violation[]) {
  const shown = violations.slice(0, MAX_LISTED).map((v, index) => <ListItem key={`${v.rule}-${v.prerequisite ?? ''}-${index}`}>{v.message}</ListItem>);
  if (violations.length > MAX_LISTED) shown.push(<ListItem key="more">And {violations.length - MAX_LISTED} more problems of the same kind.</ListItem>);
  return shown;
}

/** The IP Routing switch with the prerequisites it needs, edited together so a blocked switch can be unblocked here. */
export function RoutingEditor({ loaded, hosted, onReload }: RoutingEditorProps) {
  const { readOnly, tenant } = useSession();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [form, setForm] = useState<SeGroupForm>(() => formFromSeGroup(loaded));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const update = (change: Partial<SeGroupForm>) => setForm((current) => ({ ...current, ...change }));

  const ipErrors = floatingIpErrors(form);
  const ipsValid = ipErrors.every((e) => e === undefined);
  const draft = seGroupWithForm(loaded, ipsValid ? form : { ...form, floatingIps: formFromSeGroup(loaded).floatingIps });
  const checks = hosted.environment ? routingChecks(loaded, draft, hosted.environment, hosted.preserving, MAX_LISTED) : undefined;
  const morePreserving = hosted.complete ? hosted.preserving.length - MAX_LISTED : hosted.hostedCount - MAX_LISTED;
  const blockers = form.enable_routing ? (checks?.disableBlockers ?? []) : (checks?.enableBlockers ?? []);
  const dirty = JSON.stringify(form) !== JSON.stringify(formFromSeGroup(loaded));
  const canSave = !readOnly && dirty && ipsValid && (checks?.draftViolations.length ?? 0) === 0 && !saving;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSave) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await replaceObject('serviceenginegroup', loaded, seGroupWithForm(loaded, form));
      notify.success(`Service Engine group "${loaded.name}" saved`);
      await invalidateTypes(queryClient, tenant, 'serviceenginegroup', 'virtualservice');
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const switchDescription = (() => {
    if (!checks) return 'Checking the prerequisites of IP routing…';
    if (form.enable_routing && blockers.length > 0) return 'IP routing cannot be turned off:';
    if (form.enable_routing) {
      return hosted.complete
        ? 'The Service Engines route for the back-end servers: the floating IPs are their default gateway. Virtual services on this group may preserve the client IP.'
        : `The Service Engines route for the back-end servers. This group hosts ${hosted.hostedCount} virtual services; the console checked the first 1000, the controller checks all of them when you save.`;
    }
    if (blockers.length > 0) return 'IP routing cannot be enabled until every prerequisite is met:';
    return 'All prerequisites are met: IP routing can be enabled. Virtual services that preserve the client IP need it.';
  })();
  const preservingLinks = form.enable_routing && blockers.length > 0 && (
    <List aria-label="Virtual services that preserve the client IP on this group">
      {hosted.preserving.slice(0, MAX_LISTED).map((p) =>
        p.virtualService.uuid ? (
          <ListItem key={p.virtualService.uuid}>
            <Link to={paths.virtualService(p.virtualService.uuid)}>{p.virtualService.name}</Link> (application profile {p.applicationProfile?.name})
          </ListItem>
        ) : null,
      )}
      {morePreserving > 0 && (
        <ListItem>
          <Link to={paths.virtualServicesUsing('serviceenginegroup', loaded.uuid ?? '', loaded.name)}>
            And {hosted.complete ? '' : 'possibly '}
            {morePreserving} more on this group
          </Link>
        </ListItem>
      )}
    </List>
  );

  return (
    <Form onSubmit={save}>
      <FormGroup fieldId="se-group-ip-routing">
        <Switch
          id="se-group-ip-routing"
          label="IP Routing"
          aria-describedby="se-group-ip-routing-description"
          isChecked={form.enable_routing}
          isDisabled={readOnly || !checks || blockers.length > 0}
          onChange={(_event, checked) => update({ enable_routing: checked })}
        />
        <div id="se-group-ip-routing-description" className="console-control-description">
          <Content component="p">
            {blockers.length > 0 && <ExclamationTriangleIcon className="console-warning-icon" aria-hidden />} {switchDescription}
          </Content>
          {blockers.length > 0 && <List>{problemList(blockers)}</List>}
        </div>
        {preservingLinks}
      </FormGroup>
      <FormGroup label="HA mode" fieldId="se-group-ha-mode">
        <FormSelect
          id="se-group-ha-mode"
          value={form.ha_mode}
          isDisabled={readOnly}
          onChange={(_event, value) => update({ ha_mode: value as SeGroupForm['ha_mode'] })}
          aria-describedby="se-group-ha-mode-help"
        >
          {haModes.map((mode) => (
            <FormSelectOption key={mode} value={mode} label={haModeLabels[mode]} />
          ))}
        </FormSelect>
        <FormHelperText>
          <HelperText id="se-group-ha-mode-help">
            <HelperTextItem>IP routing (API 17.2) needs {haModeLabels.HA_MODE_LEGACY_ACTIVE_STANDBY}.</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup fieldId="se-group-distribute-load">
        <Switch
          id="se-group-distribute-load"
          label="Distribute Load"
          aria-describedby="se-group-distribute-load-help"
          isChecked={form.distribute_load_active_standby}
          isDisabled={readOnly}
          onChange={(_event, checked) => update({ distribute_load_active_standby: checked })}
        />
        <FormHelperText>
          <HelperText id="se-group-distribute-load-help">
            <HelperTextItem>Spreads virtual services over both Service Engines of an active/standby pair. Must be off for IP routing.</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label="Floating interface IPs" fieldId="se-group-floating-ips" role="group">
        <FloatingIpList values={form.floatingIps} errors={ipErrors} isDisabled={readOnly} onChange={(floatingIps) => update({ floatingIps })} />
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              One per back-end network, on a directly connected network (for example 10.10.10.11 on Backend-Net): the servers use it as their default
              gateway.
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      {hosted.error !== undefined && <ErrorAlert error={hosted.error} title="Could not check the virtual services on this group" />}
      {checks && checks.draftViolations.length > 0 && (
        <Alert variant="danger" isInline title="The controller would refuse these changes">
          <List>{problemList(checks.draftViolations)}</List>
        </Alert>
      )}
      {saveError !== undefined && (
        <Stack>
          <ErrorAlert
            error={saveError}
            title="Not saved"
            actions={
              saveError instanceof ConcurrentChangeError ? (
                <Button variant="link" isInline onClick={onReload}>
                  Reload the current version (your changes here are discarded)
                </Button>
              ) : undefined
            }
          />
        </Stack>
      )}
      <ActionGroup>
        <Button type="submit" variant="primary" isDisabled={!canSave} isLoading={saving}>
          Save
        </Button>
        <Button variant="link" isDisabled={!dirty || saving} onClick={() => setForm(formFromSeGroup(loaded))}>
          Cancel
        </Button>
      </ActionGroup>
    </Form>
  );
}

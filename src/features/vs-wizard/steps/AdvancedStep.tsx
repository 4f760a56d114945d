import { memo, useMemo } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Form, FormGroup, FormSection } from '@patternfly/react-core';
import { RuleReason } from '@/components/client-ip';
import { RoutingStateLabel } from '@/components/object-display';
import { haModeLabels, sameRef } from '@/domain/model';
import type { Violation } from '@/domain/rules';
import { fieldDomId, fieldHelpId } from '../fields/field-ids';
import { CheckboxField, describedBy, FieldHelp, SelectField, TextField } from '../fields/form-fields';
import { OptionSelect } from '../fields/OptionSelect';
import type { PickerOption } from '../fields/picker-option';
import { violationsAt } from '../model/client-ip-rules';
import { splitAddresses } from '../model/addresses';
import { rateLimitActionLabels, rateLimitActions } from '../model/rate-limit-actions';
import type { WizardValues } from '../model/wizard-schema';
import { useWizardUi } from '../wizard-context';
import { StepHeading } from './StepHeading';

const SE_GROUP = 'advanced.seGroupRef';

export function ServiceEngineGroupField() {
  const { control } = useFormContext<WizardValues>();
  const ui = useWizardUi();
  const options = useMemo<PickerOption[]>(
    () =>
      ui.seGroups.map((group) => {
        const value = group.url ?? `/api/serviceenginegroup/${group.uuid}`;
        const blocked = ui.probe({ seGroupRef: value }, ['se_group_ref']);
        return {
          value,
          label: group.name,
          description: `${group.enable_routing ? 'IP routing on' : 'No IP routing'} · ${haModeLabels[group.ha_mode] ?? group.ha_mode}`,
          disabled: blocked.length > 0,
          ...(blocked.length > 0 ? { reason: `Not available: ${blocked.map((v) => `${v.message} (${v.rule})`).join(' ')}` } : {}),
        };
      }),
    [ui],
  );
  const problems = violationsAt(ui.violations, SE_GROUP);
  const unavailable = options.filter((o) => o.disabled);
  return (
    <Controller
      control={control}
      name={SE_GROUP}
      render={({ field, fieldState }) => {
        const selected = ui.seGroups.find((g) => sameRef(g.url, field.value) || g.url === field.value);
        const error = fieldState.error?.message;
        const reasonId = fieldHelpId(SE_GROUP, 'reason');
        return (
          <FormGroup label={<span id={`${fieldDomId(SE_GROUP)}-label`}>Service Engine Group</span>} fieldId={fieldDomId(SE_GROUP)}>
            <div className="vs-wizard-picker">
              <OptionSelect
                id={fieldDomId(SE_GROUP)}
                value={options.find((o) => sameRef(o.value, field.value))?.value ?? field.value}
                options={options}
                placeholder={field.value === '' ? 'Cloud default (Default-Group)' : 'Choose a Service Engine group'}
                selectedLabel={selected?.name}
                onChange={(value) => {
                  field.onChange(value);
                  field.onBlur();
                }}
                isInvalid={Boolean(error) || problems.length > 0}
                ariaDescribedBy={describedBy(error && fieldHelpId(SE_GROUP, 'error'), problems.length > 0 && reasonId, `${fieldDomId(SE_GROUP)}-state`, unavailable.length > 0 && `${fieldDomId(SE_GROUP)}-unavailable`)}
              />
            </div>
            <div id={`${fieldDomId(SE_GROUP)}-state`} className="vs-wizard-se-state">
              {selected && (
                <>
                  <RoutingStateLabel enabled={selected.enable_routing} /> <span className="vs-wizard-muted">{haModeLabels[selected.ha_mode]}</span>
                  {selected.enable_routing && (selected.floating_intf_ip ?? []).length > 0 && (
                    <span className="vs-wizard-muted"> · floating IPs {(selected.floating_intf_ip ?? []).map((ip) => ip.addr).join(', ')}</span>
                  )}
                </>
              )}
            </div>
            <FieldHelp path={SE_GROUP} error={error} />
            <RuleReason id={reasonId} violations={problems} variant="error" fixFor={ui.fixFor} />
            {unavailable.length > 0 && (
              <div id={`${fieldDomId(SE_GROUP)}-unavailable`} className="vs-wizard-muted vs-wizard-small">
                Not available with this configuration: {unavailable.map((o) => o.label).join(', ')} (open the list to see why).
              </div>
            )}
          </FormGroup>
        );
      }}
    />
  );
}

/** The PCIP-SNAT reason for an empty SNAT field: the rule's message without the probe's placeholder address. */
function withoutProbeAddress(violations: Violation[]): Violation[] {
  return violations.map((v) => ({ ...v, message: v.message.replace(/SNAT IP addresses \([^)]*\)/, 'SNAT IP addresses') }));
}

function SnatFields() {
  const { control } = useFormContext<WizardValues>();
  const ui = useWizardUi();
  const [snatText, useVip] = useWatch({ control, name: ['advanced.snatIps', 'advanced.useVipAsSnat'] });
  const hasSnatIps = splitAddresses(snatText).length > 0;
  const snatBlocked = hasSnatIps ? [] : withoutProbeAddress(ui.probe({ snatIps: ['0.0.0.0'] }, ['snat_ip']));
  const vipBlocked = useVip ? [] : ui.probe({ useVipAsSnat: true }, ['use_vip_as_snat']);
  const snatProblems = violationsAt(ui.violations, 'advanced.snatIps');
  const vipProblems = violationsAt(ui.violations, 'advanced.useVipAsSnat').filter((v) => !snatProblems.includes(v));
  const snatReasonId = fieldHelpId('advanced.snatIps', 'reason');
  const vipReasonId = fieldHelpId('advanced.useVipAsSnat', 'reason');
  return (
    <>
      <TextField
        name="advanced.snatIps"
        label="SNAT IP Address"
        placeholder="10.10.40.50, 10.10.40.51"
        isDisabled={snatBlocked.length > 0}
        reasonId={snatBlocked.length > 0 || snatProblems.length > 0 ? snatReasonId : undefined}
        help="One or more IPv4 addresses the Service Engines use as the source address towards the servers."
      />
      <RuleReason id={snatReasonId} violations={snatBlocked.length > 0 ? snatBlocked : snatProblems} lead={snatBlocked.length > 0 ? 'Not available:' : undefined} variant={snatBlocked.length > 0 ? 'warning' : 'error'} fixFor={ui.fixFor} />
      <CheckboxField
        name="advanced.useVipAsSnat"
        label="Use VIP as SNAT"
        isDisabled={vipBlocked.length > 0}
        reasonId={vipBlocked.length > 0 || vipProblems.length > 0 ? vipReasonId : undefined}
      >
        <RuleReason id={vipReasonId} violations={vipBlocked.length > 0 ? vipBlocked : vipProblems} lead={vipBlocked.length > 0 ? 'Not available:' : undefined} variant={vipBlocked.length > 0 ? 'warning' : 'error'} fixFor={ui.fixFor} />
      </CheckboxField>
    </>
  );
}

function RateLimitFields({ kind }: { kind: 'connectionsRateLimit' | 'requestsRateLimit' }) {
  const { control } = useFormContext<WizardValues>();
  const enabled = useWatch({ control, name: `advanced.${kind}.enabled` });
  const what = kind === 'connectionsRateLimit' ? 'new connections' : 'requests';
  return (
    <>
      <CheckboxField name={`advanced.${kind}.enabled`} label={`Rate limit ${what}`} />
      {enabled && (
        <div className="vs-wizard-inline-fields">
          <TextField name={`advanced.${kind}.count`} label={`Threshold (${what})`} isRequired inputMode="numeric" help="10-2500" />
          <TextField name={`advanced.${kind}.period`} label="Per period (seconds)" isRequired inputMode="numeric" help="1-300" />
          <SelectField name={`advanced.${kind}.action`} label="Action" options={rateLimitActions.map((a) => ({ value: a, label: rateLimitActionLabels[a] }))} />
        </div>
      )}
    </>
  );
}

/** Memoised: the wizard's own re-renders (navigation, the profile editor) do not re-render the step. */
export const AdvancedStep = memo(function AdvancedStep() {
  return (
    <Form onSubmit={(event) => event.preventDefault()} className="vs-wizard-form">
      <StepHeading step="advanced">Placement, source NAT and limits.</StepHeading>
      <FormSection title="Placement" titleElement="h3">
        <ServiceEngineGroupField />
        <CheckboxField name="advanced.trafficEnabled" label="Traffic Enabled" help="While enabled, the virtual service carries traffic on its Service Engines." />
      </FormSection>
      <FormSection title="Source NAT" titleElement="h3">
        <SnatFields />
      </FormSection>
      <FormSection title="Performance limits" titleElement="h3">
        <div className="vs-wizard-inline-fields">
          <TextField name="advanced.maxConcurrentConnections" label="Max Concurrent Connections" inputMode="numeric" placeholder="no limit" />
          <TextField name="advanced.maxThroughput" label="Max Throughput (Mbps)" inputMode="numeric" placeholder="no limit" />
          <TextField name="advanced.maxCpsPerClient" label="Max Connections per Second per Client" inputMode="numeric" help="0 for no limit, else 10-1000." />
        </div>
        <RateLimitFields kind="connectionsRateLimit" />
        <RateLimitFields kind="requestsRateLimit" />
      </FormSection>
      <FormSection title="Quality of service" titleElement="h3">
        <div className="vs-wizard-inline-fields">
          <TextField name="advanced.weight" label="Weight" inputMode="numeric" help="1-128: a higher weight gets more of a congested Service Engine." />
        </div>
        <CheckboxField name="advanced.delayFairness" label="Delay Fairness" help="Share a congested Service Engine by delay instead of throughput." />
      </FormSection>
      <FormSection title="Other settings" titleElement="h3">
        <CheckboxField name="advanced.enableAutogw" label="Auto Gateway" help="Send responses back to the MAC address the request came from, rather than through the default gateway." />
        <TextField name="advanced.hostNameXlate" label="Host Name Translation" placeholder="internal.example.com" help="Host name sent to the servers instead of the one the client used." />
        <CheckboxField name="advanced.removeListeningPortOnVsDown" label="Remove Listening Port when Virtual Service is Down" />
        <CheckboxField name="advanced.ignPoolNetReach" label="Ignore Network Reachability Constraints" help="Place the virtual service even where the pool's servers are not reachable." />
      </FormSection>
    </Form>
  );
});

import { memo, useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Title } from '@patternfly/react-core';
import { RuleReason } from '@/components/client-ip';
import { summarizeClientIp } from '@/domain/client-ip-method';
import { lbAlgorithmLabels } from '@/domain/model';
import { checkWholeConfiguration } from '../model/client-ip-rules';
import { splitAddresses } from '../model/addresses';
import type { WizardValues } from '../model/wizard-schema';
import { cliForCreate, cliForUpdate } from '../review/cli';
import { CopyBlock } from '../review/CopyBlock';
import { collectRefs, useRefNames } from '../review/use-ref-names';
import { buildSavePlan, describeStep, requestOf } from '../save/plan';
import { useWizardUi } from '../wizard-context';
import { StepHeading } from './StepHeading';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{children === '' || children === undefined ? '—' : children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

/**
 * Memoised: the wizard's own re-renders (navigation, the profile editor) do not re-render the step. Prepared
 * ahead, the step is in the page while the admin types on Advanced: it follows the values at a lower priority
 * than the typing.
 */
export const ReviewStep = memo(function ReviewStep() {
  const { control } = useFormContext<WizardValues>();
  const values = useDeferredValue(useWatch({ control }) as WizardValues);
  return <ReviewContent values={values} />;
});

const ReviewContent = memo(function ReviewContent({ values }: { values: WizardValues }) {
  const ui = useWizardUi();
  const plan = useMemo(() => buildSavePlan(values, ui.objects), [values, ui.objects]);
  const refs = useMemo(() => [...collectRefs(plan.map((s) => s.body)), ...collectRefs(ui.profileChanges.map((c) => c.after))], [plan, ui.profileChanges]);
  const nameOf = useRefNames(refs);
  const label = (ref: string) => (ref ? (nameOf(ref) ?? ref.replace(/^https?:\/\/[^/]+/, '')) : '');
  const problems = useMemo(() => (ui.ruleData ? checkWholeConfiguration({ ...ui.candidate, applicationProfile: ui.profile }, ui.ruleData) : []), [ui.candidate, ui.ruleData, ui.profile]);

  const requests = JSON.stringify(plan.map(requestOf), null, 2);
  const cli = [
    ...ui.profileChanges.map((change) =>
      [
        `# Already saved by the profile editor: ${change.action === 'create' ? 'created' : 'changed'} application profile ${change.name}`,
        ...(change.action === 'create' || !change.before ? cliForCreate('applicationprofile', change.after, nameOf) : cliForUpdate('applicationprofile', change.before, change.after, nameOf)),
      ].join('\n'),
    ),
    ...plan.map((step) =>
      [`# ${describeStep(step)}`, ...(step.action === 'create' ? cliForCreate(step.type, step.body, nameOf) : cliForUpdate(step.type, step.loaded, step.body, nameOf))].join('\n'),
    ),
  ].join('\n\n');

  const { settings, policies, analytics, advanced } = values;
  const profile = ui.profile;
  return (
    <div className="vs-wizard-form">
      <StepHeading step="review">Check the configuration. Save sends exactly the requests below, in this order.</StepHeading>
      {problems.length > 0 ? (
        <Alert variant="danger" isInline title="The controller would refuse this configuration" className="vs-wizard-step-alert">
          <RuleReason id="vs-review-problems" violations={problems} variant="error" fixFor={ui.fixFor} />
        </Alert>
      ) : (
        <Alert variant="success" isInline isPlain title="No Preserve Client IP rule is violated" className="vs-wizard-step-alert" />
      )}

      <Title headingLevel="h3" className="vs-wizard-top-spacer">
        Summary
      </Title>
      <DescriptionList isHorizontal isCompact aria-label="Summary of the virtual service" className="vs-wizard-summary">
        <Row term="Virtual Service Name">{settings.name}</Row>
        <Row term="Enabled">{settings.enabled ? (advanced.trafficEnabled ? 'Yes' : 'Yes, traffic disabled') : 'No'}</Row>
        <Row term="VIP Address">{settings.vip.mode === 'auto' ? `Auto-allocated from ${label(settings.vip.networkRef)}` : settings.vip.address}</Row>
        <Row term="Services">{settings.services.map((s) => `${s.port}${s.portRangeEnd ? `-${s.portRangeEnd}` : ''}${s.ssl ? ' (SSL)' : ''}`).join(', ')}</Row>
        <Row term="Application Profile">
          {label(settings.applicationProfileRef)}
          {profile ? ` — ${summarizeClientIp(profile, { snat_ip: splitAddresses(advanced.snatIps).map((addr) => ({ addr, type: 'V4' as const })), use_vip_as_snat: advanced.useVipAsSnat }).description}` : ''}
        </Row>
        <Row term="TCP/UDP Profile">{settings.networkProfileRef ? label(settings.networkProfileRef) : 'Controller default'}</Row>
        {settings.services.some((s) => s.ssl) && (
          <Row term="SSL">
            {label(settings.sslProfileRef)}, certificate {label(settings.sslCertificateRef)}
          </Row>
        )}
        <Row term="Pool">
          {settings.pool.mode === 'none'
            ? 'None'
            : settings.pool.mode === 'existing'
              ? `${label(settings.pool.ref)}${plan.some((step) => step.type === 'pool') ? ` (servers changed: ${settings.pool.servers.map((s) => `${s.ip}${s.port ? `:${s.port}` : ''}${s.enabled ? '' : ' (disabled)'}`).join(', ')})` : ''}`
              : `New pool ${settings.pool.name} (${lbAlgorithmLabels[settings.pool.lbAlgorithm]}, port ${settings.pool.defaultServerPort}): ${settings.pool.servers
                  .map((s) => `${s.ip}${s.port ? `:${s.port}` : ''}${s.enabled ? '' : ' (disabled)'}`)
                  .join(', ')}`}
        </Row>
        <Row term="Policies">
          {[policies.networkSecurityPolicyRef && `Network security: ${label(policies.networkSecurityPolicyRef)}`, policies.httpPolicySets.length > 0 && `HTTP: ${policies.httpPolicySets.map((p) => label(p.ref)).join(' → ')}`]
            .filter(Boolean)
            .join('; ') || 'None'}
        </Row>
        <Row term="Analytics">
          {[
            analytics.analyticsProfileRef ? label(analytics.analyticsProfileRef) : 'Default profile',
            analytics.realtimeMetrics && `real-time metrics ${analytics.realtimeMetricsDuration === '0' ? 'always' : `for ${analytics.realtimeMetricsDuration} min`}`,
            analytics.fullClientLogs && `full client logs ${analytics.fullClientLogsDuration === '0' ? 'always' : `for ${analytics.fullClientLogsDuration} min`}${analytics.allHeaders ? ' with all headers' : ''}`,
            analytics.clientInsights !== 'NO_INSIGHTS' && `client insights ${analytics.clientInsights.toLowerCase()}`,
          ]
            .filter(Boolean)
            .join(', ')}
        </Row>
        <Row term="Service Engine Group">{advanced.seGroupRef ? label(advanced.seGroupRef) : 'Cloud default'}</Row>
        <Row term="SNAT">{[advanced.snatIps.trim(), advanced.useVipAsSnat && 'VIP as SNAT'].filter(Boolean).join(', ') || 'None'}</Row>
      </DescriptionList>

      <CopyBlock id="vs-review-requests" title={`Requests (${plan.length})`} text={requests} copyLabel="Copy requests" />
      <CopyBlock id="vs-review-cli" title="Controller CLI" text={cli} copyLabel="Copy CLI commands" />
    </div>
  );
});

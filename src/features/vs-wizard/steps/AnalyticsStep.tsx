import { memo } from 'react';
import { useWatch, useFormContext } from 'react-hook-form';
import { Form, FormSection } from '@patternfly/react-core';
import { CheckboxField, SelectField, TextField } from '../fields/form-fields';
import { useRefOptions } from '../fields/use-ref-options';
import type { WizardValues } from '../model/wizard-schema';
import { StepHeading } from './StepHeading';

const insights = [
  { value: 'NO_INSIGHTS', label: 'No insights' },
  { value: 'PASSIVE', label: 'Passive (from real traffic)' },
  { value: 'ACTIVE', label: 'Active (injects a measurement script)' },
];

/** Memoised: the wizard's own re-renders (navigation, the profile editor) do not re-render the step. */
export const AnalyticsStep = memo(function AnalyticsStep() {
  const { control } = useFormContext<WizardValues>();
  const [realtime, fullLogs] = useWatch({ control, name: ['analytics.realtimeMetrics', 'analytics.fullClientLogs'] });
  const profiles = useRefOptions('analyticsprofile');
  return (
    <Form onSubmit={(event) => event.preventDefault()} className="vs-wizard-form">
      <StepHeading step="analytics">What the controller measures and logs for this virtual service.</StepHeading>
      <FormSection title="Metrics" titleElement="h3">
        <SelectField name="analytics.analyticsProfileRef" label="Analytics Profile" options={profiles.options} emptyLabel="Controller default (System-Analytics-Profile)" isLoading={profiles.isLoading} />
        <CheckboxField name="analytics.realtimeMetrics" label="Real Time Metrics" help="Collect metrics every few seconds instead of every five minutes." />
        {realtime && <TextField name="analytics.realtimeMetricsDuration" label="Real-time metrics duration (minutes)" inputMode="numeric" help="0 keeps real-time metrics on." />}
        <SelectField name="analytics.clientInsights" label="Client Insights" options={insights} />
      </FormSection>
      <FormSection title="Logs" titleElement="h3">
        <CheckboxField name="analytics.fullClientLogs" label="Full Client Logs" help="Log every connection and request, not only the significant ones." />
        {fullLogs && (
          <>
            <TextField name="analytics.fullClientLogsDuration" label="Full client logs duration (minutes)" inputMode="numeric" help="0 keeps full client logs on." />
            <CheckboxField name="analytics.allHeaders" label="Log all headers" />
          </>
        )}
      </FormSection>
    </Form>
  );
});

import type { ReactNode } from 'react';
import { Content, Title } from '@patternfly/react-core';
import { InlineAlert } from '@/components/feedback';
import { stepNames, type StepId } from '../model/wizard-steps';
import { useWizardUi } from '../wizard-context';

/** The step's heading (focused on arrival, so screen readers announce the step) and any controller error not tied to a field. */
export function StepHeading({ step, children }: { step: StepId; children?: ReactNode }) {
  const { stepErrors } = useWizardUi();
  const error = stepErrors[step];
  return (
    <>
      <Title headingLevel="h2" id={`vs-wizard-step-${step}-title`} tabIndex={-1} className="vs-wizard-step-title">
        {stepNames[step]}
      </Title>
      {children && <Content component="p" className="vs-wizard-step-intro">{children}</Content>}
      {error && (
        <InlineAlert variant="danger" title="The controller refused the configuration" className="vs-wizard-step-alert" id={`vs-wizard-step-${step}-error`}>
          {error}
        </InlineAlert>
      )}
    </>
  );
}

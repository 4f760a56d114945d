import { useEffect } from 'react';
import { ActionList, ActionListGroup, ActionListItem, Button, WizardFooterWrapper, useWizardContext } from '@patternfly/react-core';
import { fieldDomId } from './fields/field-ids';
import type { StepId } from './model/wizard-schema';

export interface NavRequest {
  step: StepId;
  /** Form field path to focus once there (the first invalid one); else the step's heading. */
  focus?: string | undefined;
  seq: number;
}

interface WizardFooterBarProps {
  navRequest: NavRequest | undefined;
  onArrived(request: NavRequest): void;
  onActiveStepChange(step: StepId): void;
  onNext(): void;
  onBack(): void;
  onCancel(): void;
  onSave(): void;
  isSaving: boolean;
  isReadOnly: boolean;
}

function focusLater(id: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
    }
  });
}

/**
 * The wizard's buttons, and its bridge to PatternFly's Wizard: the wizard asks for a step, and once that step
 * is enabled (reached) this moves there and focuses the field to fix or the step's heading.
 */
export function WizardFooterBar({ navRequest, onArrived, onActiveStepChange, onNext, onBack, onCancel, onSave, isSaving, isReadOnly }: WizardFooterBarProps) {
  const { activeStep, steps, goToStepById } = useWizardContext();
  const activeId = activeStep.id as StepId;

  useEffect(() => onActiveStepChange(activeId), [activeId, onActiveStepChange]);

  useEffect(() => {
    if (!navRequest) return;
    const target = steps.find((step) => step.id === navRequest.step);
    if (!target || target.isDisabled) return;
    if (activeId !== navRequest.step) {
      goToStepById(navRequest.step);
      return;
    }
    focusLater(navRequest.focus ? fieldDomId(navRequest.focus) : `vs-wizard-step-${navRequest.step}-title`);
    onArrived(navRequest);
  }, [navRequest, steps, activeId, goToStepById, onArrived]);

  const isReview = activeId === 'review';
  return (
    <WizardFooterWrapper>
      <ActionList>
        <ActionListGroup>
          <ActionListItem>
            <Button variant="secondary" onClick={onBack} isDisabled={activeStep.index === 1 || isSaving}>
              Back
            </Button>
          </ActionListItem>
          <ActionListItem>
            {isReview ? (
              <Button variant="primary" onClick={onSave} isLoading={isSaving} isDisabled={isSaving || isReadOnly}>
                Save
              </Button>
            ) : (
              <Button variant="primary" onClick={onNext} isDisabled={isSaving}>
                Next
              </Button>
            )}
          </ActionListItem>
        </ActionListGroup>
        <ActionListGroup>
          <ActionListItem>
            <Button variant="link" onClick={onCancel} isDisabled={isSaving}>
              Cancel
            </Button>
          </ActionListItem>
        </ActionListGroup>
      </ActionList>
    </WizardFooterWrapper>
  );
}

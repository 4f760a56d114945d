import { Alert, Button, Content, List, ListItem, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { describeError } from '@/api/errors';
import { describeStep, planObjectLabels, type PlanStep } from './plan';
import type { SaveState, WizardSave } from './use-wizard-save';
import type { WrittenObject } from './run-save';

function writtenLabel(written: WrittenObject): string {
  const { step, result } = written;
  const what = `${planObjectLabels[step.type]} "${result.name ?? step.name}"`;
  return step.action === 'create' ? `${what} was created${result.uuid ? ` (${result.uuid})` : ''}` : `${what} was updated`;
}

interface SaveFailureDialogProps {
  state: Extract<SaveState, { kind: 'failed' | 'rolling-back' | 'rolled-back' }>;
  save: Pick<WizardSave, 'rollback' | 'keep' | 'dismiss'>;
}

/**
 * A save stopped after some objects were written: says exactly what exists on the controller and what does
 * not, and lets the admin roll it back (reverse order) or keep it (the next Save reuses it).
 */
export function SaveFailureDialog({ state, save }: SaveFailureDialogProps) {
  if (state.kind === 'rolled-back') {
    const failed = state.outcomes.filter((o) => !o.ok);
    return (
      <Modal isOpen variant="medium" aria-labelledby="save-rollback-title" aria-describedby="save-rollback-body" onClose={save.dismiss}>
        <ModalHeader title={failed.length === 0 ? 'Rolled back' : 'Rollback incomplete'} labelId="save-rollback-title" titleIconVariant={failed.length === 0 ? 'success' : 'danger'} />
        <ModalBody id="save-rollback-body">
          <List>
            {state.outcomes.map((outcome) => {
              const label = `${planObjectLabels[outcome.written.step.type]} "${outcome.written.result.name ?? outcome.written.step.name}"`;
              const done = outcome.written.step.action === 'create' ? 'deleted' : 'restored to its previous version';
              return <ListItem key={label}>{outcome.ok ? `${label} was ${done}.` : `${label} could not be ${done}: ${describeError(outcome.error)}`}</ListItem>;
            })}
          </List>
          {failed.length > 0 && (
            <Alert variant="warning" isInline isPlain title="Some objects are still on the controller: delete them from their list pages, or Save again to reuse them." />
          )}
        </ModalBody>
        <ModalFooter>
          <Button variant="primary" onClick={save.dismiss}>
            Done
          </Button>
        </ModalFooter>
      </Modal>
    );
  }

  const busy = state.kind === 'rolling-back';
  const undo = state.undo;
  const failedStep = state.kind === 'failed' ? state.error.step : undefined;
  const notWritten: PlanStep[] = state.kind === 'failed' ? state.notWritten : [];
  return (
    <Modal isOpen variant="medium" aria-labelledby="save-failed-title" aria-describedby="save-failed-body">
      <ModalHeader title="Save did not finish" labelId="save-failed-title" titleIconVariant="danger" />
      <ModalBody id="save-failed-body">
        {state.kind === 'failed' && failedStep && (
          <Alert variant="danger" isInline title={`${describeStep(failedStep)} failed`}>
            The controller said: {describeError(state.error.cause)}
          </Alert>
        )}
        <Content component="h3">Created or changed on the controller</Content>
        <List aria-label="Created or changed on the controller">
          {undo.map((written) => (
            <ListItem key={`${written.step.type}-${written.result.uuid ?? written.step.name}`}>{writtenLabel(written)}</ListItem>
          ))}
        </List>
        <Content component="h3" className="vs-wizard-top-spacer">
          Not created
        </Content>
        <List aria-label="Not created">
          {notWritten.map((step) => (
            <ListItem key={`${step.type}-${step.name}`}>{describeStep(step)}</ListItem>
          ))}
        </List>
        <Content component="p" className="vs-wizard-top-spacer">
          <strong>Roll back</strong> deletes what was created (newest first) and puts back what was changed. <strong>Keep</strong> leaves it on the controller:
          fix the problem and Save again, and it is reused rather than created twice.
        </Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={() => void save.rollback()} isLoading={busy} isDisabled={busy}>
          Roll back
        </Button>
        <Button variant="secondary" onClick={save.keep} isDisabled={busy}>
          Keep and fix
        </Button>
      </ModalFooter>
    </Modal>
  );
}

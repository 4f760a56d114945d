import { Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { jsonEqual } from '@/components/object-form/field-edits';
import { planObjectLabels, type ReplaceStep } from './plan';

const IGNORED = new Set(['_last_modified', 'url']);

function show(value: unknown): string {
  if (value === undefined) return '(not set)';
  const text = typeof value === 'string' ? value.replace(/^https?:\/\/[^/]+/, '') : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** The top-level fields someone else changed since the object was loaded. */
export function changedFields(loaded: Record<string, unknown>, current: Record<string, unknown>): { field: string; was: unknown; now: unknown }[] {
  const keys = [...new Set([...Object.keys(loaded), ...Object.keys(current)])].filter((k) => !IGNORED.has(k));
  return keys.filter((key) => !jsonEqual(loaded[key], current[key])).map((field) => ({ field, was: loaded[field], now: current[field] }));
}

interface ConcurrentChangeDialogProps {
  step: ReplaceStep;
  current: Record<string, unknown>;
  onReload(): void;
  onOverwrite(): void;
  onCancel(): void;
}

/** Someone else saved the object after it was opened here: show what they changed, then reload or overwrite. */
export function ConcurrentChangeDialog({ step, current, onReload, onOverwrite, onCancel }: ConcurrentChangeDialogProps) {
  const label = `${planObjectLabels[step.type]} "${String(step.loaded.name)}"`;
  const changes = changedFields(step.loaded, current);
  return (
    <Modal isOpen variant="medium" aria-labelledby="conflict-title" aria-describedby="conflict-body" onClose={onCancel}>
      <ModalHeader title="Changed by someone else" labelId="conflict-title" titleIconVariant="warning" />
      <ModalBody id="conflict-body">
        <Content component="p">
          {label} was saved by someone else after you opened it. Nothing was overwritten. These fields changed meanwhile:
        </Content>
        <Table aria-label="Fields changed by someone else" variant="compact">
          <Thead>
            <Tr>
              <Th>Field</Th>
              <Th>When you opened it</Th>
              <Th>Now</Th>
            </Tr>
          </Thead>
          <Tbody>
            {changes.length === 0 ? (
              <Tr>
                <Td colSpan={3}>Only its modification time changed.</Td>
              </Tr>
            ) : (
              changes.map((change) => (
                <Tr key={change.field}>
                  <Td dataLabel="Field">{change.field}</Td>
                  <Td dataLabel="When you opened it">{show(change.was)}</Td>
                  <Td dataLabel="Now">{show(change.now)}</Td>
                </Tr>
              ))
            )}
          </Tbody>
        </Table>
        <Content component="p" className="vs-wizard-top-spacer">
          <strong>Reload</strong> discards your changes and opens the current version. <strong>Overwrite</strong> applies your changes to the current version: their other changes stay, and
          where you both changed a field, yours wins.
        </Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onReload}>
          Reload
        </Button>
        <Button variant="danger" onClick={onOverwrite}>
          Overwrite
        </Button>
        <Button variant="link" onClick={onCancel}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

import { Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';

export interface DiscardChangesDialogProps {
  onStay(): void;
  onLeave(): void;
}

export function DiscardChangesDialog({ onStay, onLeave }: DiscardChangesDialogProps) {
  return (
    <Modal isOpen variant="small" aria-labelledby="leave-title" aria-describedby="leave-body" onClose={onStay}>
      <ModalHeader title="Discard changes?" labelId="leave-title" titleIconVariant="warning" />
      <ModalBody id="leave-body">
        <Content component="p">The virtual service has not been saved. If you leave the wizard now, your changes are discarded.</Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={onLeave}>
          Discard changes
        </Button>
        <Button variant="link" onClick={onStay}>
          Stay
        </Button>
      </ModalFooter>
    </Modal>
  );
}


import { useState, type ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { ErrorAlert } from '../feedback/ErrorAlert';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Destructive actions are red. */
  variant?: 'danger' | 'primary';
  /** Runs the action; a rejection keeps the dialog open with the controller's error. */
  onConfirm(): Promise<void> | void;
  onClose(): void;
  /** Disable the confirm button (e.g. while a pre-check says the action will be refused). */
  isConfirmDisabled?: boolean;
}

/** Asks before an action and shows its outcome: the dialog closes on success, keeps the error otherwise. */
export function ConfirmDialog({ title, children, confirmLabel, variant = 'danger', onConfirm, onClose, isConfirmDisabled }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };
  return (
    <Modal isOpen variant="small" onClose={busy ? undefined : onClose} aria-labelledby="confirm-dialog-title" aria-describedby="confirm-dialog-body">
      <ModalHeader title={title} labelId="confirm-dialog-title" titleIconVariant={variant === 'danger' ? 'warning' : undefined} />
      <ModalBody id="confirm-dialog-body">
        {children}
        {error !== undefined && (
          <div className="console-dialog-error">
            <ErrorAlert error={error} />
          </div>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant={variant} onClick={() => void confirm()} isLoading={busy} isDisabled={busy || isConfirmDisabled}>
          {confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose} isDisabled={busy}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

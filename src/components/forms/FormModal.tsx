import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Form, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { ConcurrentChangeError } from '@/api/errors';
import { ErrorAlert } from '../feedback/ErrorAlert';

interface FormModalProps {
  title: string;
  /** Runs the save; resolve false to stay open (e.g. validation found problems). A rejection is shown in the dialog. */
  onSubmit(): Promise<boolean>;
  onClose(): void;
  /** Called from the conflict message: load the current version (the dialog closes). */
  onReload?(): void;
  children: ReactNode;
  submitLabel?: string;
  variant?: 'small' | 'medium' | 'large';
}

/** An edit dialog: the form stays filled until the controller accepts it, and its refusal is shown in place. */
export function FormModal({ title, onSubmit, onClose, onReload, children, submitLabel = 'Save', variant = 'medium' }: FormModalProps) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const formId = `form-modal-${title.replace(/\W+/g, '-').toLowerCase()}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const done = await onSubmit();
      if (done) onClose();
      else setSaving(false);
    } catch (cause) {
      setError(cause);
      setSaving(false);
    }
  };

  return (
    <Modal isOpen variant={variant} onClose={saving ? undefined : onClose} aria-labelledby={`${formId}-title`}>
      <ModalHeader title={title} labelId={`${formId}-title`} />
      <ModalBody>
        <Form id={formId} onSubmit={submit} noValidate>
          {children}
          {error !== undefined && (
            <ErrorAlert
              error={error}
              title="Not saved"
              actions={
                error instanceof ConcurrentChangeError && onReload ? (
                  <Button
                    variant="link"
                    isInline
                    onClick={() => {
                      onReload();
                      onClose();
                    }}
                  >
                    Close and reload the current version
                  </Button>
                ) : undefined
              }
            />
          )}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button type="submit" form={formId} variant="primary" isLoading={saving} isDisabled={saving}>
          {submitLabel}
        </Button>
        <Button variant="link" onClick={onClose} isDisabled={saving}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

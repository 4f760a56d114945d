import { useState, type FormEvent } from 'react';
import {
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { ErrorAlert } from '@/components/feedback';
import type { StaticRoute } from '@/domain/model';
import { hasErrors, validateRoute, type RouteErrors, type RouteForm } from './static-routes';

interface RouteDialogProps {
  title: string;
  initial: RouteForm;
  /** The VRF's routes, to refuse a duplicate destination. */
  routes: readonly StaticRoute[];
  editingId?: string;
  /** The default gateway dialog fixes the destination to 0.0.0.0/0. */
  prefixLocked?: boolean;
  onSave(form: RouteForm): Promise<void>;
  onClose(): void;
}

function Field({ id, label, value, error, help, isDisabled, onChange }: { id: string; label: string; value: string; error?: string; help: string; isDisabled?: boolean; onChange(value: string): void }) {
  const helpId = `${id}-help`;
  return (
    <FormGroup label={label} isRequired fieldId={id}>
      <TextInput id={id} value={value} isRequired isDisabled={isDisabled} validated={error ? 'error' : 'default'} aria-describedby={helpId} onChange={(_e, v) => onChange(v)} />
      <FormHelperText>
        <HelperText id={helpId}>
          <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? help}</HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
}

/** Add or edit one static route; errors are shown when saving, and the typed values stay until it succeeds. */
export function RouteDialog({ title, initial, routes, editingId, prefixLocked, onSave, onClose }: RouteDialogProps) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<RouteErrors>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateRoute(form, routes, editingId);
    setErrors(found);
    if (hasErrors(found)) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await onSave({ prefix: form.prefix.trim(), nextHop: form.nextHop.trim() });
      onClose();
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  };

  return (
    <Modal isOpen variant="small" onClose={saving ? undefined : onClose} aria-labelledby="route-dialog-title">
      <ModalHeader title={title} labelId="route-dialog-title" />
      <ModalBody>
        <Form id="route-dialog-form" onSubmit={submit} noValidate>
          <Field
            id="route-prefix"
            label="Destination network"
            value={form.prefix}
            error={errors.prefix}
            help="CIDR, for example 192.168.50.0/24; 0.0.0.0/0 is the default route."
            isDisabled={prefixLocked}
            onChange={(prefix) => setForm((f) => ({ ...f, prefix }))}
          />
          <Field
            id="route-next-hop"
            label="Next hop"
            value={form.nextHop}
            error={errors.nextHop}
            help="The router's IPv4 address on a directly connected network, for example 10.10.40.1."
            onChange={(nextHop) => setForm((f) => ({ ...f, nextHop }))}
          />
          {saveError !== undefined && <ErrorAlert error={saveError} title="Not saved" />}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button type="submit" form="route-dialog-form" variant="primary" isLoading={saving} isDisabled={saving}>
          Save
        </Button>
        <Button variant="link" onClick={onClose} isDisabled={saving}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

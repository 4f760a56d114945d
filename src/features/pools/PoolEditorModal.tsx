import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { FormGroup, FormHelperText, HelperText, HelperTextItem, Switch, TextInput } from '@patternfly/react-core';
import { apiClient } from '@/api/client';
import { invalidateTypes } from '@/api/queries';
import { useNotify } from '@/components/feedback';
import { FormModal } from '@/components/forms/FormModal';
import { useSaveObject } from '@/components/forms/use-save-object';
import type { Pool } from '@/domain/model';
import { useSession } from '@/session';
import { formFromPool, hasPoolErrors, newPoolFromForm, poolWithForm, validatePoolForm, type PoolForm, type PoolFormErrors } from './pool-form';
import { ServerRows } from './ServerRows';

interface PoolEditorModalProps {
  /** The pool as loaded (raw); absent: create a new pool. */
  loaded?: Pool;
  onClose(): void;
  onReload(): void;
}

const emptyForm: PoolForm = { name: '', defaultServerPort: '80', enabled: true, servers: [{ ip: '', port: '', enabled: true }] };

export function PoolEditorModal({ loaded, onClose, onReload }: PoolEditorModalProps) {
  const { tenant } = useSession();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const save = useSaveObject('pool', ['virtualservice']);
  const [form, setForm] = useState<PoolForm>(() => (loaded ? formFromPool(loaded) : emptyForm));
  const [errors, setErrors] = useState<PoolFormErrors>({ servers: [] });
  const [checked, setChecked] = useState(false);
  const shownErrors = checked ? validatePoolForm(form) : errors;

  const submit = async () => {
    const found = validatePoolForm(form);
    setErrors(found);
    setChecked(true);
    if (hasPoolErrors(found)) return false;
    if (loaded) {
      await save(loaded, poolWithForm(loaded, form), `Pool "${form.name.trim()}" saved`);
    } else {
      await apiClient.create('pool', newPoolFromForm(form));
      notify.success(`Pool "${form.name.trim()}" created`);
      await invalidateTypes(queryClient, tenant, 'pool');
    }
    return true;
  };

  return (
    <FormModal title={loaded ? `Edit pool ${loaded.name}` : 'Create pool'} onSubmit={submit} onClose={onClose} onReload={onReload} variant="medium">
      <FormGroup label="Name" isRequired fieldId="pool-name">
        <TextInput
          id="pool-name"
          value={form.name}
          isRequired
          validated={shownErrors.name ? 'error' : 'default'}
          aria-describedby={shownErrors.name ? 'pool-name-error' : undefined}
          onChange={(_e, name) => setForm((f) => ({ ...f, name }))}
        />
        {shownErrors.name && (
          <FormHelperText>
            <HelperText id="pool-name-error">
              <HelperTextItem variant="error">{shownErrors.name}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
      <FormGroup label="Default server port" isRequired fieldId="pool-default-port">
        <TextInput
          id="pool-default-port"
          value={form.defaultServerPort}
          inputMode="numeric"
          isRequired
          validated={shownErrors.defaultServerPort ? 'error' : 'default'}
          aria-describedby="pool-default-port-help"
          onChange={(_e, defaultServerPort) => setForm((f) => ({ ...f, defaultServerPort }))}
        />
        <FormHelperText>
          <HelperText id="pool-default-port-help">
            <HelperTextItem variant={shownErrors.defaultServerPort ? 'error' : 'default'}>
              {shownErrors.defaultServerPort ?? 'Used for servers without a port of their own.'}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup fieldId="pool-enabled">
        <Switch id="pool-enabled" label="Pool enabled" isChecked={form.enabled} onChange={(_e, enabled) => setForm((f) => ({ ...f, enabled }))} />
      </FormGroup>
      <FormGroup label="Servers" fieldId="pool-servers" role="group">
        <ServerRows rows={form.servers} errors={shownErrors.servers} onChange={(servers) => setForm((f) => ({ ...f, servers }))} />
      </FormGroup>
    </FormModal>
  );
}

import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { Button, Checkbox, Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import TrashIcon from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import { Controller } from 'react-hook-form';
import type { WizardValues } from '../model/wizard-schema';
import { fieldDomId } from './field-ids';
import { TextField } from './form-fields';

/** The pool's servers: IP address, port (empty: the pool's default port) and enabled, one row each. */
export function ServersField({ caption }: { caption: string }) {
  const { control } = useFormContext<WizardValues>();
  const formState = useFormState({ control, name: 'settings.pool.servers' });
  const { fields, append, remove } = useFieldArray({ control, name: 'settings.pool.servers' });
  const rootError = (formState.errors.settings?.pool?.servers as { message?: string; root?: { message?: string } } | undefined);
  const message = rootError?.message ?? rootError?.root?.message;
  return (
    <div className="vs-wizard-table-field">
      <Table aria-label={caption} variant="compact" borders={false}>
        <Thead>
          <Tr>
            <Th width={40}>Server IP address</Th>
            <Th width={20}>Port</Th>
            <Th width={20}>Enabled</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {fields.map((row, index) => (
            <Tr key={row.id}>
              <Td dataLabel="Server IP address">
                <TextField bare name={`settings.pool.servers.${index}.ip`} label={`Server ${index + 1} IP address`} placeholder="10.10.10.21" />
              </Td>
              <Td dataLabel="Port">
                <TextField bare name={`settings.pool.servers.${index}.port`} label={`Server ${index + 1} port`} placeholder="default" inputMode="numeric" />
              </Td>
              <Td dataLabel="Enabled">
                <Controller
                  control={control}
                  name={`settings.pool.servers.${index}.enabled`}
                  render={({ field }) => (
                    <Checkbox
                      id={fieldDomId(`settings.pool.servers.${index}.enabled`)}
                      aria-label={`Server ${index + 1} enabled`}
                      isChecked={field.value}
                      onChange={(_event, checked) => field.onChange(checked)}
                    />
                  )}
                />
              </Td>
              <Td isActionCell>
                <Button variant="plain" aria-label={`Remove server ${index + 1}`} icon={<TrashIcon />} onClick={() => remove(index)} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {message && (
        <Content component="p" className="vs-wizard-error-text" id={fieldDomId('settings.pool.servers')}>
          {message}
        </Content>
      )}
      <Button variant="link" icon={<PlusCircleIcon />} onClick={() => append({ ip: '', port: '', enabled: true })}>
        Add server
      </Button>
    </div>
  );
}

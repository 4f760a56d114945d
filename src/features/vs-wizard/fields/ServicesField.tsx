import { Controller, useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { Button, Checkbox, Content, FormGroup } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import TrashIcon from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import type { WizardValues } from '../model/wizard-schema';
import { fieldDomId } from './field-ids';
import { TextField } from './form-fields';

/** Services: one or more ports (or port ranges), each with or without SSL. */
export function ServicesField({ onSslTurnedOn }: { onSslTurnedOn(): void }) {
  const { control } = useFormContext<WizardValues>();
  // Subscribed here: the form's own formState would re-render every field of the wizard on each validation.
  const formState = useFormState({ control, name: 'settings.services' });
  const { fields, append, remove } = useFieldArray({ control, name: 'settings.services' });
  const rootError = formState.errors.settings?.services as { message?: string; root?: { message?: string } } | undefined;
  const message = rootError?.message ?? rootError?.root?.message;
  return (
    <FormGroup label="Services" role="group" fieldId="vs-settings-services" isRequired>
      <Table aria-label="Services" variant="compact" borders={false}>
        <Thead>
          <Tr>
            <Th width={30}>Port</Th>
            <Th width={30}>Port range end</Th>
            <Th width={20}>SSL</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {fields.map((row, index) => (
            <Tr key={row.id}>
              <Td dataLabel="Port">
                <TextField bare name={`settings.services.${index}.port`} label={`Service ${index + 1} port`} inputMode="numeric" />
              </Td>
              <Td dataLabel="Port range end">
                <TextField bare name={`settings.services.${index}.portRangeEnd`} label={`Service ${index + 1} port range end`} placeholder="single port" inputMode="numeric" />
              </Td>
              <Td dataLabel="SSL">
                <Controller
                  control={control}
                  name={`settings.services.${index}.ssl`}
                  render={({ field }) => (
                    <Checkbox
                      id={fieldDomId(`settings.services.${index}.ssl`)}
                      aria-label={`Service ${index + 1} SSL`}
                      isChecked={field.value}
                      onChange={(_event, checked) => {
                        field.onChange(checked);
                        if (checked) onSslTurnedOn();
                      }}
                    />
                  )}
                />
              </Td>
              <Td isActionCell>
                <Button variant="plain" aria-label={`Remove service ${index + 1}`} icon={<TrashIcon />} onClick={() => remove(index)} isDisabled={fields.length === 1} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {message && (
        <Content component="p" className="vs-wizard-error-text">
          {message}
        </Content>
      )}
      <Button variant="link" icon={<PlusCircleIcon />} onClick={() => append({ port: '', portRangeEnd: '', ssl: false })}>
        Add service
      </Button>
    </FormGroup>
  );
}

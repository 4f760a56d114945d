import { memo, useState } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { Button, Form, FormGroup, FormSection, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import ArrowDownIcon from '@patternfly/react-icons/dist/esm/icons/arrow-down-icon';
import ArrowUpIcon from '@patternfly/react-icons/dist/esm/icons/arrow-up-icon';
import TrashIcon from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import { refName, sameRef, type HttpPolicySet } from '@/domain/model';
import { SelectField } from '../fields/form-fields';
import { useRefOptions } from '../fields/use-ref-options';
import type { WizardValues } from '../model/wizard-schema';
import { StepHeading } from './StepHeading';

function ruleCount(set: HttpPolicySet): string {
  const parts: string[] = [];
  const count = (policy: { rules?: unknown[] } | undefined) => policy?.rules?.length ?? 0;
  if (count(set.http_security_policy)) parts.push(`${count(set.http_security_policy)} security`);
  if (count(set.http_request_policy)) parts.push(`${count(set.http_request_policy)} request`);
  if (count(set.http_response_policy)) parts.push(`${count(set.http_response_policy)} response`);
  return parts.length > 0 ? `${parts.join(', ')} rule${parts.length === 1 && parts[0]!.startsWith('1 ') ? '' : 's'}` : 'no rules';
}

/** HTTP policy sets in the order they apply, added from the tenant's sets, moved and removed. */
function HttpPolicySetsField() {
  const { control } = useFormContext<WizardValues>();
  const formState = useFormState({ control, name: 'policies.httpPolicySets' });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'policies.httpPolicySets' });
  const sets = useRefOptions('httppolicyset');
  const [choice, setChoice] = useState('');
  const chosen = (ref: string) => fields.some((f) => sameRef(f.ref, ref) || f.ref === ref);
  const available = sets.options.filter((o) => !chosen(o.value));
  const nameOf = (ref: string) => sets.options.find((o) => o.value === ref || sameRef(o.value, ref))?.label ?? refName(ref) ?? ref;
  const objectOf = (ref: string) => sets.objects.find((s) => s.url === ref || sameRef(s.url, ref));
  const errors = formState.errors.policies?.httpPolicySets;
  return (
    <FormGroup label="HTTP Policy Sets" fieldId="vs-policies-httpPolicySets-add" labelHelp={undefined}>
      <Table aria-label="HTTP policy sets in order" variant="compact" borders={false}>
        <Thead>
          <Tr>
            <Th width={10}>Order</Th>
            <Th>HTTP policy set</Th>
            <Th>Rules</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {fields.length === 0 && (
            <Tr>
              <Td colSpan={4}>No HTTP policy set: requests go straight to the pool.</Td>
            </Tr>
          )}
          {fields.map((row, index) => {
            const name = nameOf(row.ref);
            const set = objectOf(row.ref);
            const error = Array.isArray(errors) ? errors[index]?.ref?.message : undefined;
            return (
              <Tr key={row.id}>
                <Td dataLabel="Order">{index + 1}</Td>
                <Td dataLabel="HTTP policy set">
                  {name}
                  {error && <div className="vs-wizard-error-text">{error}</div>}
                </Td>
                <Td dataLabel="Rules">{set ? ruleCount(set) : ''}</Td>
                <Td isActionCell>
                  <Button variant="plain" aria-label={`Move ${name} up`} icon={<ArrowUpIcon />} isDisabled={index === 0} onClick={() => move(index, index - 1)} />
                  <Button variant="plain" aria-label={`Move ${name} down`} icon={<ArrowDownIcon />} isDisabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                  <Button variant="plain" aria-label={`Remove ${name}`} icon={<TrashIcon />} onClick={() => remove(index)} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
      <div className="vs-wizard-row vs-wizard-row--tight vs-wizard-row--center vs-wizard-top-spacer">
        <div className="vs-wizard-row__grow">
          <FormSelect id="vs-policies-httpPolicySets-add" aria-label="HTTP policy set to add" value={choice} onChange={(_event, value) => setChoice(value)}>
            <FormSelectOption value="" label={available.length === 0 ? 'No other HTTP policy set' : 'Choose an HTTP policy set to add'} />
            {available.map((option) => (
              <FormSelectOption key={option.value} value={option.value} label={option.label} />
            ))}
          </FormSelect>
        </div>
        <div>
          <Button
            variant="secondary"
            isDisabled={choice === ''}
            onClick={() => {
              append({ ref: choice });
              setChoice('');
            }}
          >
            Add HTTP policy set
          </Button>
        </div>
      </div>
    </FormGroup>
  );
}

/** Memoised: the wizard's own re-renders (navigation, the profile editor) do not re-render the step. */
export const PoliciesStep = memo(function PoliciesStep() {
  const securityPolicies = useRefOptions('networksecuritypolicy');
  return (
    <Form onSubmit={(event) => event.preventDefault()} className="vs-wizard-form">
      <StepHeading step="policies">Policies apply in this order: network security first, then the HTTP policy sets from top to bottom.</StepHeading>
      <FormSection title="Network security" titleElement="h3">
        <SelectField
          name="policies.networkSecurityPolicyRef"
          label="Network Security Policy"
          options={securityPolicies.options}
          emptyLabel="None"
          isLoading={securityPolicies.isLoading}
          help="Allows or denies connections by client address before any HTTP processing."
        />
      </FormSection>
      <FormSection title="HTTP" titleElement="h3">
        <HttpPolicySetsField />
      </FormSection>
    </Form>
  );
});

import { Button, Checkbox, FormHelperText, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import MinusCircleIcon from '@patternfly/react-icons/dist/esm/icons/minus-circle-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import type { PoolFormErrors, ServerRow } from './pool-form';

interface ServerRowsProps {
  rows: ServerRow[];
  errors: PoolFormErrors['servers'];
  onChange(rows: ServerRow[]): void;
}

function ErrorText({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant="error">{text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

/** The pool's servers: IP, port (empty: the default port) and enabled, one row each. */
export function ServerRows({ rows, errors, onChange }: ServerRowsProps) {
  const set = (index: number, change: Partial<ServerRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <>
      <Table aria-label="Servers" variant="compact" borders={false} className="console-edit-table">
        <Thead>
          <Tr>
            <Th>IP address</Th>
            <Th width={20}>Port</Th>
            <Th modifier="fitContent">Enabled</Th>
            <Th screenReaderText="Remove" />
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row, index) => {
            const error = errors[index] ?? {};
            const n = index + 1;
            return (
              <Tr key={index}>
                <Td dataLabel="IP address">
                  <TextInput
                    aria-label={`Server ${n} IP address`}
                    value={row.ip}
                    validated={error.ip ? 'error' : 'default'}
                    aria-describedby={error.ip ? `server-${n}-ip-error` : undefined}
                    onChange={(_e, ip) => set(index, { ip })}
                  />
                  <ErrorText id={`server-${n}-ip-error`} text={error.ip} />
                </Td>
                <Td dataLabel="Port">
                  <TextInput
                    aria-label={`Server ${n} port`}
                    value={row.port}
                    placeholder="default"
                    inputMode="numeric"
                    validated={error.port ? 'error' : 'default'}
                    aria-describedby={error.port ? `server-${n}-port-error` : undefined}
                    onChange={(_e, port) => set(index, { port })}
                  />
                  <ErrorText id={`server-${n}-port-error`} text={error.port} />
                </Td>
                <Td dataLabel="Enabled" modifier="fitContent">
                  <Checkbox id={`server-${n}-enabled`} aria-label={`Server ${n} enabled`} isChecked={row.enabled} onChange={(_e, enabled) => set(index, { enabled })} />
                </Td>
                <Td modifier="fitContent">
                  <Button variant="plain" aria-label={`Remove server ${n}`} icon={<MinusCircleIcon />} onClick={() => onChange(rows.filter((_r, i) => i !== index))} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
      <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={() => onChange([...rows, { ip: '', port: '', enabled: true }])}>
        Add server
      </Button>
    </>
  );
}

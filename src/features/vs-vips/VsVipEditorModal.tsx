import { useState } from 'react';
import { Button, Checkbox, FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import MinusCircleIcon from '@patternfly/react-icons/dist/esm/icons/minus-circle-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { FormModal } from '@/components/forms/FormModal';
import { useSaveObject } from '@/components/forms/use-save-object';
import type { VsVip } from '@/domain/model';
import { formFromVsVip, nextVipId, validateVsVipForm, vsVipWithForm, type VipRow } from './vsvip-form';

interface VsVipEditorModalProps {
  loaded: VsVip;
  onClose(): void;
  onReload(): void;
}

export function VsVipEditorModal({ loaded, onClose, onReload }: VsVipEditorModalProps) {
  const save = useSaveObject('vsvip', ['virtualservice']);
  const [rows, setRows] = useState<VipRow[]>(() => formFromVsVip(loaded).vips);
  const [checked, setChecked] = useState(false);
  const errors = checked ? validateVsVipForm({ vips: rows }) : [];
  const set = (index: number, change: Partial<VipRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = async () => {
    setChecked(true);
    if (validateVsVipForm({ vips: rows }).some((e) => e !== undefined)) return false;
    await save(loaded, vsVipWithForm(loaded, { vips: rows }), `VS VIP "${loaded.name}" saved`);
    return true;
  };

  return (
    <FormModal title={`Edit VS VIP ${loaded.name}`} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <FormGroup label="VIP addresses" fieldId="vsvip-addresses" role="group">
        <Table aria-label="VIP addresses" variant="compact" borders={false} className="console-edit-table">
          <Thead>
            <Tr>
              <Th modifier="fitContent">VIP ID</Th>
              <Th>Address</Th>
              <Th modifier="fitContent">Enabled</Th>
              <Th screenReaderText="Remove" />
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row, index) => {
              const error = errors[index];
              const errorId = `vip-${row.vipId}-error`;
              return (
                <Tr key={row.vipId}>
                  <Td dataLabel="VIP ID" modifier="fitContent">
                    {row.vipId}
                  </Td>
                  <Td dataLabel="Address">
                    {row.autoAllocated ? (
                      <span>{row.address || 'Auto-allocated'} <span className="console-secondary-text">(chosen by IPAM)</span></span>
                    ) : (
                      <>
                        <TextInput
                          aria-label={`VIP ${row.vipId} address`}
                          value={row.address}
                          validated={error ? 'error' : 'default'}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(_e, address) => set(index, { address })}
                        />
                        {error && (
                          <FormHelperText>
                            <HelperText id={errorId}>
                              <HelperTextItem variant="error">{error}</HelperTextItem>
                            </HelperText>
                          </FormHelperText>
                        )}
                      </>
                    )}
                  </Td>
                  <Td dataLabel="Enabled" modifier="fitContent">
                    <Checkbox id={`vip-${row.vipId}-enabled`} aria-label={`VIP ${row.vipId} enabled`} isChecked={row.enabled} onChange={(_e, enabled) => set(index, { enabled })} />
                  </Td>
                  <Td modifier="fitContent">
                    <Button
                      variant="plain"
                      aria-label={`Remove VIP ${row.vipId}`}
                      icon={<MinusCircleIcon />}
                      isDisabled={rows.length === 1}
                      onClick={() => setRows((current) => current.filter((_r, i) => i !== index))}
                    />
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
        <Button
          variant="link"
          isInline
          icon={<PlusCircleIcon />}
          onClick={() => setRows((current) => [...current, { vipId: nextVipId(current), address: '', enabled: true, autoAllocated: false }])}
        >
          Add VIP address
        </Button>
        <FormHelperText>
          <HelperText>
            <HelperTextItem>A VIP's ID cannot change once created; to renumber, remove it and add a new one.</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
    </FormModal>
  );
}

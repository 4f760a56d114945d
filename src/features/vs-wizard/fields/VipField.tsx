import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Checkbox } from '@patternfly/react-core';
import type { WizardValues } from '../model/wizard-schema';
import { useWizardUi } from '../wizard-context';
import { fieldDomId } from './field-ids';
import { SelectField, TextField } from './form-fields';
import { useRefOptions } from './use-ref-options';

/** VIP Address: a static IPv4 address, or allocated by the controller's IPAM from a network. */
export function VipField() {
  const { control } = useFormContext<WizardValues>();
  const ui = useWizardUi();
  const mode = useWatch({ control, name: 'settings.vip.mode' });
  const vipName = ui.objects.loaded?.vsVip?.name ?? ui.objects.adopted?.vsVip?.name;
  return (
    <>
      <TextField
        name="settings.vip.address"
        label="VIP Address"
        isRequired={mode === 'address'}
        isDisabled={mode === 'auto'}
        placeholder={mode === 'auto' ? 'allocated by the controller' : '10.10.40.110'}
        help={vipName ? `The address of VS VIP "${vipName}".` : 'The IPv4 address clients connect to; a VS VIP named after the virtual service holds it.'}
      />
      <Controller
        control={control}
        name="settings.vip.mode"
        render={({ field }) => (
          <Checkbox
            id={fieldDomId('settings.vip.mode')}
            label="Auto-allocate"
            isChecked={field.value === 'auto'}
            onChange={(_event, checked) => field.onChange(checked ? 'auto' : 'address')}
          />
        )}
      />
      {mode === 'auto' && <AllocationNetworkField />}
    </>
  );
}

/** The network the controller allocates the VIP from; its choices are asked for once auto-allocation is chosen. */
function AllocationNetworkField() {
  const networks = useRefOptions('network');
  return <SelectField name="settings.vip.networkRef" label="Allocate from network" options={networks.options} emptyLabel="Choose a network" isRequired isLoading={networks.isLoading} />;
}

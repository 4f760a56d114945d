import { useMemo, useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { FormGroup, Radio } from '@patternfly/react-core';
import { countQuery, listQuery, nameSearchParams } from '@/api/queries';
import { RuleReason } from '@/components/client-ip';
import { useDebouncedValue } from '@/components/list';
import { lbAlgorithmLabels, lbAlgorithms, refName, sameRef, type Pool } from '@/domain/model';
import { useSession } from '@/session';
import { violationsAt } from '../model/client-ip-rules';
import type { WizardValues } from '../model/wizard-schema';
import { useWizardUi } from '../wizard-context';
import { fieldDomId, fieldHelpId } from './field-ids';
import { describedBy, FieldHelp, SelectField, TextField } from './form-fields';
import { SearchSelect } from './SearchSelect';
import type { PickerOption } from './picker-option';
import { ServersField } from './ServersField';

const PAGE = 20;

function serverSummary(pool: Pool): string {
  const servers = pool.servers ?? [];
  const shown = servers.slice(0, 3).map((s) => s.ip.addr);
  return servers.length === 0 ? 'no servers' : `${servers.length} server${servers.length === 1 ? '' : 's'}: ${shown.join(', ')}${servers.length > 3 ? ', …' : ''}`;
}

/** Existing pools, searched by the controller; pools another virtual service already uses are left out. */
function ExistingPoolPicker() {
  const { tenant } = useSession();
  const { control } = useFormContext<WizardValues>();
  const ui = useWizardUi();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 250);
  const ownPoolRef = ui.objects.loaded?.virtualService.pool_ref;
  const page = useQuery({
    ...listQuery(tenant, 'pool', { page_size: PAGE, sort: 'name', include_name: true, ...nameSearchParams(debounced) }),
    placeholderData: keepPreviousData,
  });
  const pools = useMemo(() => page.data?.results ?? [], [page.data]);
  // A pool serves one virtual service: ask the controller which of these are referred to by one.
  const usage = useQueries({ queries: pools.map((pool) => countQuery(tenant, 'virtualservice', { refers_to: `pool:${pool.uuid}` })) });
  const usageCounts = usage.map((u) => u.data);

  const options = useMemo<PickerOption[]>(
    () =>
      pools.flatMap((pool, index) => {
        const value = pool.url ?? `/api/pool/${pool.uuid}`;
        const own = ownPoolRef !== undefined && sameRef(value, ownPoolRef);
        const used = usageCounts[index];
        if (!own && (used === undefined || used > 0)) return [];
        const blocked = ui.probe({ poolRef: value, poolServers: pool.servers ?? [] }, ['pool_ref']);
        return [
          {
            value,
            label: pool.name,
            description: serverSummary(pool),
            disabled: blocked.length > 0,
            ...(blocked.length > 0 ? { reason: `Not available: ${blocked.map((v) => `${v.message} (${v.rule})`).join(' ')}` } : {}),
          },
        ];
      }),
    [pools, usageCounts, ownPoolRef, ui],
  );
  const problems = violationsAt(ui.violations, 'settings.pool');
  const checking = page.isFetching || usage.some((u) => u.isPending);
  const total = page.data?.count ?? 0;
  return (
    <Controller
      control={control}
      name="settings.pool.ref"
      render={({ field, fieldState }) => {
        const error = fieldState.error?.message;
        const selected = pools.find((p) => sameRef(p.url, field.value));
        return (
          <FormGroup label={<span id={`${fieldDomId('settings.pool.ref')}-label`}>Pool</span>} fieldId={fieldDomId('settings.pool.ref')} isRequired>
            <div className="vs-wizard-picker">
              <SearchSelect
                id={fieldDomId('settings.pool.ref')}
                value={field.value}
                selectedLabel={selected?.name ?? refName(field.value) ?? (field.value ? field.value.replace(/^https?:\/\/[^/]+/, '') : '')}
                options={options}
                isLoading={checking}
                onSearch={setSearch}
                onChange={(value) => {
                  field.onChange(value);
                  field.onBlur();
                }}
                placeholder="Search pools"
                isInvalid={Boolean(error) || problems.length > 0}
                ariaDescribedBy={describedBy(error && fieldHelpId('settings.pool.ref', 'error'), problems.length > 0 && fieldHelpId('settings.pool', 'reason'), fieldHelpId('settings.pool.ref', 'help'))}
                footer={total > pools.length ? `${pools.length} of ${total} pools searched: type to narrow the list.` : undefined}
              />
            </div>
            <FieldHelp path="settings.pool.ref" error={error} help="Pools already used by another virtual service are not offered." />
          </FormGroup>
        );
      }}
    />
  );
}

/** Pool: create one here with its servers, or pick an existing one. In edit mode the virtual service's own pool's servers can be edited. */
export function PoolField() {
  const { control } = useFormContext<WizardValues>();
  const ui = useWizardUi();
  const [mode, ref] = useWatch({ control, name: ['settings.pool.mode', 'settings.pool.ref'] });
  const ownPoolRef = ui.objects.loaded?.virtualService.pool_ref;
  const editsOwnPool = mode === 'existing' && ownPoolRef !== undefined && sameRef(ref, ownPoolRef) && ui.objects.loaded?.pool !== undefined;
  const problems = violationsAt(ui.violations, 'settings.pool');
  const algorithms = lbAlgorithms.filter((a) => a !== 'LB_ALGORITHM_NEAREST_SERVER').map((a) => ({ value: a, label: lbAlgorithmLabels[a] }));
  return (
    <>
      <Controller
        control={control}
        name="settings.pool.mode"
        render={({ field }) => (
          <FormGroup role="radiogroup" label="Pool for the servers" fieldId="vs-settings-pool-mode" isInline>
            <Radio id="vs-settings-pool-mode-new" name="pool-mode" label="Create a new pool" isChecked={field.value === 'new'} onChange={() => field.onChange('new')} />
            <Radio id="vs-settings-pool-mode-existing" name="pool-mode" label="Use an existing pool" isChecked={field.value === 'existing'} onChange={() => field.onChange('existing')} />
            {(field.value === 'none' || ui.mode === 'edit') && (
              <Radio id="vs-settings-pool-mode-none" name="pool-mode" label="No pool" isChecked={field.value === 'none'} onChange={() => field.onChange('none')} />
            )}
          </FormGroup>
        )}
      />
      {mode === 'existing' && <ExistingPoolPicker />}
      {(mode === 'new' || editsOwnPool) && (
        <div className="vs-wizard-subform">
          {mode === 'new' && <TextField name="settings.pool.name" label="Pool Name" isRequired help="Defaults to the virtual service name followed by -pool." />}
          <div className="vs-wizard-inline-fields">
            <TextField name="settings.pool.defaultServerPort" label="Default Server Port" isRequired inputMode="numeric" />
            <SelectField name="settings.pool.lbAlgorithm" label="Load Balancing Algorithm" options={algorithms} />
          </div>
          <ServersField caption={mode === 'new' ? 'Servers of the new pool' : `Servers of pool ${ui.objects.loaded?.pool?.name ?? ''}`} />
        </div>
      )}
      <RuleReason id={fieldHelpId('settings.pool', 'reason')} violations={problems} variant="error" fixFor={ui.fixFor} />
    </>
  );
}

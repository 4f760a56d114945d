import { useMemo, useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Content, FormGroup } from '@patternfly/react-core';
import PencilAltIcon from '@patternfly/react-icons/dist/esm/icons/pencil-alt-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { listQuery, nameSearchParams } from '@/api/queries';
import { RuleReason } from '@/components/client-ip';
import { useDebouncedValue } from '@/components/list';
import { ClientIpLabels } from '@/components/object-display';
import { summarizeClientIp } from '@/domain/client-ip-method';
import { applicationProfileTypeLabels, refName, type ApplicationProfile } from '@/domain/model';
import { useSession } from '@/session';
import { violationsAt } from '../model/client-ip-rules';
import type { WizardValues } from '../model/wizard-schema';
import { useWizardUi } from '../wizard-context';
import { fieldDomId, fieldHelpId } from './field-ids';
import { describedBy, FieldHelp } from './form-fields';
import { SearchSelect } from './SearchSelect';
import type { PickerOption } from './picker-option';

const PAGE = 20;
const PATH = 'settings.applicationProfileRef';

function profileDescription(profile: ApplicationProfile): string {
  const type = applicationProfileTypeLabels[profile.type] ?? profile.type;
  const methods = summarizeClientIp(profile, undefined).methods;
  const clientIp = profile.preserve_client_ip ? 'preserves the client IP' : methods.includes('x-forwarded-for') ? 'X-Forwarded-For' : methods.includes('proxy-protocol') ? 'PROXY protocol' : 'client IP not passed on';
  return `${type} · ${clientIp}`;
}

/**
 * The Application Profile picker (searched by the controller: a tenant can have hundreds), with each profile's
 * type and client-IP behaviour, the buttons to edit or create a profile, and the rules that concern it.
 */
export function ApplicationProfileField() {
  const { tenant } = useSession();
  const { control } = useFormContext<WizardValues>();
  const ui = useWizardUi();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 250);
  const results = useQuery({
    ...listQuery(tenant, 'applicationprofile', { page_size: PAGE, sort: 'name', include_name: true, ...nameSearchParams(debounced) }),
    placeholderData: keepPreviousData,
  });

  const options = useMemo<PickerOption[]>(
    () =>
      (results.data?.results ?? []).map((profile) => {
        const value = profile.url ?? `/api/applicationprofile/${profile.uuid}`;
        const blocked = ui.probe({ applicationProfileRef: value, applicationProfile: profile }, ['application_profile_ref']);
        return {
          value,
          label: profile.name,
          description: profileDescription(profile),
          disabled: blocked.length > 0,
          ...(blocked.length > 0 ? { reason: `Not available: ${blocked.map((v) => `${v.message} (${v.rule})`).join(' ')}` } : {}),
        };
      }),
    [results.data, ui],
  );
  const problems = violationsAt(ui.violations, PATH);
  const reasonId = fieldHelpId(PATH, 'reason');
  const total = results.data?.count ?? 0;

  return (
    <Controller
      control={control}
      name={PATH}
      render={({ field, fieldState }) => {
        const selectedName = ui.profile?.name ?? refName(field.value) ?? (field.value ? 'Loading…' : '');
        const error = fieldState.error?.message;
        return (
          <FormGroup label={<span id={`${fieldDomId(PATH)}-label`}>Application Profile</span>} fieldId={fieldDomId(PATH)} isRequired>
            <div className="vs-wizard-row vs-wizard-row--tight vs-wizard-row--start">
              <div className="vs-wizard-row__grow vs-wizard-picker">
                <SearchSelect
                  id={fieldDomId(PATH)}
                  value={field.value}
                  selectedLabel={selectedName}
                  options={options}
                  isLoading={results.isFetching}
                  onSearch={setSearch}
                  onChange={(value) => {
                    field.onChange(value);
                    field.onBlur();
                  }}
                  placeholder="Search application profiles"
                  isInvalid={Boolean(error) || problems.length > 0}
                  ariaDescribedBy={describedBy(error && fieldHelpId(PATH, 'error'), problems.length > 0 && reasonId, `${fieldDomId(PATH)}-summary`)}
                  footer={total > options.length ? `${options.length} of ${total} profiles shown: type to narrow the list.` : undefined}
                />
              </div>
              <div>
                <Button variant="secondary" icon={<PencilAltIcon />} onClick={() => ui.openProfileEditor('edit')} onPointerEnter={ui.prepareProfileEditor} onFocus={ui.prepareProfileEditor} isDisabled={!field.value}>
                  Edit Application Profile
                </Button>
              </div>
              <div>
                <Button variant="secondary" icon={<PlusCircleIcon />} onClick={() => ui.openProfileEditor('create')}>
                  Create Application Profile
                </Button>
              </div>
            </div>
            <FieldHelp path={PATH} error={error} />
            <div id={`${fieldDomId(PATH)}-summary`} className="vs-wizard-profile-summary">
              {ui.profile && (
                <>
                  <Content component="small">
                    {profileDescription(ui.profile)}. {summarizeClientIp(ui.profile, undefined).description}
                  </Content>{' '}
                  <ClientIpLabels profile={ui.profile} />
                </>
              )}
            </div>
            <RuleReason id={reasonId} violations={problems} variant="error" fixFor={ui.fixFor} />
          </FormGroup>
        );
      }}
    />
  );
}

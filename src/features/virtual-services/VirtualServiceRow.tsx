import { memo } from 'react';
import { Link } from '@/components/routing';
import { Switch } from '@patternfly/react-core';
import { Td, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { RowActions } from '@/components/list';
import { ClientIpLabels, formatServices, formatVips, RoutingStateLabel } from '@/components/object-display';
import { DEFAULT_SE_GROUP_NAME } from '@/components/placement/placement-resolver';
import { refName, type ApplicationProfile, type ServiceEngineGroup, type VirtualService, type VsVip } from '@/domain/model';

export interface RowTarget {
  uuid: string;
  name: string;
}

interface VirtualServiceRowProps {
  vs: VirtualService;
  vip: VsVip | undefined;
  profile: ApplicationProfile | undefined;
  group: ServiceEngineGroup | undefined;
  readOnly: boolean;
  /** Its enabled state is being changed. */
  isUpdating: boolean;
  onSetEnabled(target: RowTarget, enabled: boolean): void;
  onEdit(target: RowTarget): void;
  onDelete(target: RowTarget): void;
}

/**
 * One virtual service of the list. Memoised: a search, sort or page change re-renders the list first with
 * the rows it shows (PatternFly's cells measure themselves on every render), then with the new ones.
 */
export const VirtualServiceRow = memo(function VirtualServiceRow({ vs, vip, profile, group, readOnly, isUpdating, onSetEnabled, onEdit, onDelete }: VirtualServiceRowProps) {
  const target = { uuid: vs.uuid ?? '', name: vs.name };
  return (
    <Tr>
      <Td dataLabel="Name">
        <Link to={paths.virtualService(target.uuid)}>{vs.name}</Link>
      </Td>
      <Td dataLabel="VIP" className="console-nowrap">
        {formatVips(vip?.vip ?? vs.vip) || '—'}
      </Td>
      <Td dataLabel="Services">{formatServices(vs.services) || '—'}</Td>
      <Td dataLabel="Application profile">
        <div>{profile?.name ?? refName(vs.application_profile_ref) ?? '—'}</div>
        <ClientIpLabels profile={profile} virtualService={vs} />
      </Td>
      <Td dataLabel="SE group">
        <div>{group?.name ?? refName(vs.se_group_ref) ?? DEFAULT_SE_GROUP_NAME}</div>
        {group && <RoutingStateLabel enabled={group.enable_routing} />}
      </Td>
      <Td dataLabel="Enabled">
        <Switch
          id={`enabled-${target.uuid}`}
          aria-label={`Enabled: ${vs.name}`}
          isChecked={vs.enabled !== false}
          isDisabled={readOnly || isUpdating}
          onChange={(_event, enabled) => onSetEnabled(target, enabled)}
        />
      </Td>
      <Td isActionCell>
        <RowActions
          name={vs.name}
          actions={[
            { label: 'Edit', isWrite: true, onClick: () => onEdit(target) },
            { label: vs.enabled === false ? 'Enable' : 'Disable', isWrite: true, onClick: () => onSetEnabled(target, vs.enabled === false) },
            { label: 'Delete', isWrite: true, isDanger: true, onClick: () => onDelete(target) },
          ]}
        />
      </Td>
    </Tr>
  );
});

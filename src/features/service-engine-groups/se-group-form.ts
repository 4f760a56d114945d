import { withEdits } from '@/components/forms/apply-edits';
import type { HaMode, ServiceEngineGroup } from '@/domain/model';
import { isIpv4 } from '@/domain/net/ipv4';

/** What the IP Routing editor edits: routing and its prerequisites (SPEC rule ROUTING-SCOPE). */
export interface SeGroupForm {
  enable_routing: boolean;
  ha_mode: HaMode;
  distribute_load_active_standby: boolean;
  /** One text per floating interface IP, as typed. */
  floatingIps: string[];
}

export function formFromSeGroup(group: ServiceEngineGroup): SeGroupForm {
  return {
    enable_routing: group.enable_routing ?? false,
    ha_mode: group.ha_mode ?? 'HA_MODE_SHARED',
    distribute_load_active_standby: group.distribute_load_active_standby ?? false,
    floatingIps: (group.floating_intf_ip ?? []).map((ip) => ip.addr),
  };
}

/** Problems with the typed floating IPs, by index: IP routing supports IPv4 only. */
export function floatingIpErrors(form: SeGroupForm): (string | undefined)[] {
  return form.floatingIps.map((text, index) => {
    const value = text.trim();
    if (value === '') return 'Enter an IPv4 address, for example 10.10.10.11, or remove this line.';
    if (!isIpv4(value)) return `"${value}" is not an IPv4 address. Use the form 10.10.10.11.`;
    if (form.floatingIps.findIndex((other) => other.trim() === value) !== index) return `${value} is listed twice.`;
    return undefined;
  });
}

/** The SE group to PUT: the group as loaded, with only the fields the form changed. */
export function seGroupWithForm(loaded: ServiceEngineGroup, form: SeGroupForm): ServiceEngineGroup {
  const shown = formFromSeGroup(loaded);
  const toIps = (texts: string[]) => texts.map((addr) => ({ addr: addr.trim(), type: 'V4' as const }));
  const floating = JSON.stringify(form.floatingIps.map((t) => t.trim())) === JSON.stringify(shown.floatingIps) ? loaded.floating_intf_ip : toIps(form.floatingIps);
  return withEdits(
    loaded,
    {
      enable_routing: form.enable_routing,
      ha_mode: form.ha_mode,
      distribute_load_active_standby: form.distribute_load_active_standby,
      floating_intf_ip: floating,
    },
    {
      enable_routing: shown.enable_routing,
      ha_mode: shown.ha_mode,
      distribute_load_active_standby: shown.distribute_load_active_standby,
      floating_intf_ip: loaded.floating_intf_ip,
    },
  );
}

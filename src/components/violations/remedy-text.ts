import type { Remedy } from '@/domain/rules';

const prerequisiteText: Record<Extract<Remedy, { kind: 'meet-routing-prerequisite' }>['prerequisite'], string> = {
  'ha-mode': 'set its HA mode to Legacy HA Active/Standby',
  'distribute-load': 'turn off Distribute Load',
  'cloud-type': 'use an SE group in a supported cloud',
  'floating-ip': 'add a floating interface IP on each back-end network',
  'ipv4-only': 'use IPv4 addresses only',
  'directly-connected-floating-ip': 'use floating IPs from directly connected networks',
  'global-vrf': 'place the virtual service in the global VRF',
  'directly-connected-servers': 'use servers on directly connected networks',
  'backend-network-floating-ip': 'add a floating IP in each back-end network of the servers',
};

/** One line of "how to fix it" for the admin. */
export function remedyText(remedy: Remedy): string {
  switch (remedy.kind) {
    case 'choose-routed-se-group':
      return 'Place the virtual service on a Service Engine group with IP routing enabled.';
    case 'enable-ip-routing':
      return `Enable IP routing on Service Engine group "${remedy.seGroup.name}".`;
    case 'turn-off-preserve-client-ip':
      return `Turn off Preserve Client IP in application profile "${remedy.profile.name}".`;
    case 'turn-off-multiplexing':
      return `Turn off Connection Multiplexing in application profile "${remedy.profile.name}".`;
    case 'remove-snat':
      return `Remove the SNAT settings of virtual service "${remedy.virtualService.name}".`;
    case 'disable-virtual-services':
      return `Disable ${remedy.virtualServices.map((v) => `"${v.name}"`).join(', ')} first.`;
    case 'move-virtual-services':
      return `Move ${remedy.virtualServices.map((v) => `"${v.name}"`).join(', ')} to another Service Engine group with IP routing.`;
    case 'remove-http-settings':
      return `Remove the HTTP settings of application profile "${remedy.profile.name}".`;
    case 'turn-off-proxy-protocol':
      return `Turn off PROXY Protocol in application profile "${remedy.profile.name}".`;
    case 'change-profile-type':
      return `Change the type of application profile "${remedy.profile.name}" to ${remedy.to === 'APPLICATION_PROFILE_TYPE_HTTP' ? 'HTTP' : 'L4'}.`;
    case 'meet-routing-prerequisite':
      return `On Service Engine group "${remedy.seGroup.name}", ${prerequisiteText[remedy.prerequisite]}.`;
  }
}

import { paths } from '@/app/paths';
import type { Remedy } from '@/domain/rules';

/** Where each kind of fix can be made in the console, for a problem of virtual service `vsUuid`. */
export function remedyLinkFor(vsUuid: string) {
  return (remedy: Remedy): string | undefined => {
    switch (remedy.kind) {
      case 'choose-routed-se-group':
      case 'remove-snat':
        return paths.editVirtualService(vsUuid);
      case 'enable-ip-routing':
      case 'meet-routing-prerequisite':
        return remedy.seGroup.uuid ? paths.seGroup(remedy.seGroup.uuid) : paths.seGroups;
      case 'turn-off-preserve-client-ip':
      case 'turn-off-multiplexing':
        return paths.applicationProfiles;
      default:
        return undefined;
    }
  };
}

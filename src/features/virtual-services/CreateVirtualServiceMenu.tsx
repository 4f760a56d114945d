import { lazyMenu } from '@/components/menus';
import { useSession } from '@/session';

const CreateVirtualServiceDropdown = lazyMenu(() => import('./CreateVirtualServiceDropdown'));

/** SPEC §5: "Create Virtual Service" opens a menu with "Basic Setup" and "Advanced Setup". */
export function CreateVirtualServiceMenu() {
  const { readOnly } = useSession();
  return <CreateVirtualServiceDropdown toggle={{ variant: 'primary', children: 'Create Virtual Service', isDisabled: readOnly }} menu={{}} />;
}

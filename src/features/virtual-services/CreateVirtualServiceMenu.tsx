import { useNavigate } from '@/components/routing';
import { ActionMenu } from '@/components/menus';
import { paths } from '@/app/paths';
import { useSession } from '@/session';

/** SPEC §5: "Create Virtual Service" opens a menu with "Basic Setup" and "Advanced Setup". */
export function CreateVirtualServiceMenu() {
  const { readOnly } = useSession();
  const navigate = useNavigate();
  return (
    <ActionMenu
      toggle={{ variant: 'primary', children: 'Create Virtual Service', isDisabled: readOnly }}
      items={[
        { label: 'Basic Setup', onSelect: () => navigate(paths.createVirtualServiceBasic) },
        { label: 'Advanced Setup', onSelect: () => navigate(paths.createVirtualService) },
      ]}
    />
  );
}

import UserIcon from '@patternfly/react-icons/dist/esm/icons/user-icon';
import { lazyMenu } from '@/components/menus';
import { useSession } from '@/session';

const UserMenuPopup = lazyMenu(() => import('./UserMenuPopup'));

export function UserMenu() {
  const { user } = useSession();
  if (!user) return null;
  return <UserMenuPopup toggle={{ variant: 'plainText', icon: <UserIcon />, 'aria-label': `User menu: ${user.username}`, children: user.username }} menu={{}} />;
}

import { Divider, Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import UserIcon from '@patternfly/react-icons/dist/esm/icons/user-icon';
import { useMenuOnFirstOpen } from '@/components/menus';
import { useSession } from '@/session';

export function UserMenu() {
  const { user, signOut } = useSession();
  const { armed, isOpen: open, setIsOpen: setOpen, openFirstTime } = useMenuOnFirstOpen();
  if (!user) return null;
  const toggleProps = { variant: 'plainText', icon: <UserIcon />, 'aria-label': `User menu: ${user.username}` } as const;
  if (!armed) {
    return (
      <MenuToggle {...toggleProps} onClick={openFirstTime} isExpanded={false}>
        {user.username}
      </MenuToggle>
    );
  }
  return (
    <Dropdown
      isOpen={open}
      shouldFocusFirstItemOnOpen
      onOpenChange={setOpen}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle ref={ref} {...toggleProps} onClick={() => setOpen((o) => !o)} isExpanded={open}>
          {user.username}
        </MenuToggle>
      )}
    >
      <div className="console-user-summary">
        <p>
          <strong>{user.fullName}</strong>
        </p>
        <small>
          Role: {user.role}
          {user.readOnly ? ' (read-only)' : ''}
        </small>
      </div>
      <Divider />
      <DropdownList>
        <DropdownItem
          value="sign-out"
          onClick={() => {
            setOpen(false);
            void signOut();
          }}
        >
          Sign out
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}

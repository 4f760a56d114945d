import { useState } from 'react';
import { Divider, Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import UserIcon from '@patternfly/react-icons/dist/esm/icons/user-icon';
import { useSession } from '@/session';

export function UserMenu() {
  const { user, signOut } = useSession();
  const [open, setOpen] = useState(false);
  if (!user) return null;
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plainText"
          icon={<UserIcon />}
          onClick={() => setOpen((o) => !o)}
          isExpanded={open}
          aria-label={`User menu: ${user.username}`}
        >
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

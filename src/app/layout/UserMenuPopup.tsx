import { Divider, Dropdown, DropdownItem, DropdownList } from '@patternfly/react-core';
import type { MenuPopupProps } from '@/components/menus';
import { useSession } from '@/session';

export default function UserMenuPopup({ toggleRef, isOpen, setIsOpen }: MenuPopupProps) {
  const { user, signOut } = useSession();
  if (!user) return null;
  return (
    <Dropdown isOpen={isOpen} shouldFocusFirstItemOnOpen onOpenChange={setIsOpen} popperProps={{ position: 'right' }} toggle={{ toggleRef, toggleNode: null }}>
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
            setIsOpen(false);
            void signOut();
          }}
        >
          Sign out
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}

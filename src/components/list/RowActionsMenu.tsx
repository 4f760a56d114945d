import { Dropdown, DropdownItem, DropdownList } from '@patternfly/react-core';
import type { MenuPopupProps } from '@/components/menus';
import { useSession } from '@/session';
import type { RowAction } from './row-action';

export default function RowActionsMenu({ actions, toggleRef, isOpen, setIsOpen }: { actions: RowAction[] } & MenuPopupProps) {
  const { readOnly } = useSession();
  return (
    <Dropdown isOpen={isOpen} onOpenChange={setIsOpen} shouldFocusFirstItemOnOpen popperProps={{ position: 'right' }} toggle={{ toggleRef, toggleNode: null }}>
      <DropdownList>
        {actions.map((action) => {
          const blocked = Boolean(action.isWrite && readOnly);
          return (
            <DropdownItem
              key={action.label}
              isDisabled={blocked}
              isDanger={action.isDanger}
              description={blocked ? 'Your role is read-only' : undefined}
              onClick={() => {
                setIsOpen(false);
                action.onClick();
              }}
            >
              {action.label}
            </DropdownItem>
          );
        })}
      </DropdownList>
    </Dropdown>
  );
}

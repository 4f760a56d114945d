import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useMenuOnFirstOpen } from '@/components/menus';
import { useSession } from '@/session';

export interface RowAction {
  label: string;
  onClick(): void;
  /** Changes configuration: disabled for read-only users. */
  isWrite?: boolean;
  isDanger?: boolean;
}

/**
 * The kebab menu of a table row, named after the row's object ("Actions for web-vs"). The menu mounts on the
 * first open only (`useMenuOnFirstOpen`): a page of rows renders plain toggle buttons. Opened, focus goes to
 * the first item; Escape returns it.
 */
export function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  const { readOnly } = useSession();
  const { armed, isOpen, setIsOpen, openFirstTime } = useMenuOnFirstOpen();
  const label = `Actions for ${name}`;
  if (!armed) return <MenuToggle variant="plain" onClick={openFirstTime} isExpanded={false} aria-label={label} icon={<EllipsisVIcon />} />;
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={setIsOpen}
      shouldFocusFirstItemOnOpen
      popperProps={{ position: 'right' }}
      toggle={(toggleRef) => <MenuToggle ref={toggleRef} variant="plain" onClick={() => setIsOpen((current) => !current)} isExpanded={isOpen} aria-label={label} icon={<EllipsisVIcon />} />}
    >
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

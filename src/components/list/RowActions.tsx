import { MenuToggle } from '@patternfly/react-core';
import { ActionsColumn, type IAction } from '@patternfly/react-table';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useSession } from '@/session';

export interface RowAction {
  label: string;
  onClick(): void;
  /** Changes configuration: disabled for read-only users. */
  isWrite?: boolean;
  isDanger?: boolean;
}

/** The kebab menu of a table row, named after the row's object ("Actions for web-vs"). */
export function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  const { readOnly } = useSession();
  const items: IAction[] = actions.map((action) => ({
    title: action.label,
    onClick: () => action.onClick(),
    isDisabled: Boolean(action.isWrite && readOnly),
    isDanger: action.isDanger,
    ...(action.isWrite && readOnly ? { description: 'Your role is read-only' } : {}),
  }));
  return (
    <ActionsColumn
      items={items}
      popperProps={{ position: 'right' }}
      actionsToggle={({ onToggle, isOpen, isDisabled, toggleRef }) => (
        <MenuToggle
          ref={toggleRef}
          variant="plain"
          onClick={onToggle}
          isExpanded={isOpen}
          isDisabled={isDisabled}
          aria-label={`Actions for ${name}`}
          icon={<EllipsisVIcon />}
        />
      )}
    />
  );
}

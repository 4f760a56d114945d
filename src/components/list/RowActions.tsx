import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { lazyMenu } from '@/components/menus';
import type { RowAction } from './row-action';

export type { RowAction } from './row-action';

const RowActionsMenu = lazyMenu(() => import('./RowActionsMenu'));

/**
 * The kebab menu of a table row, named after the row's object ("Actions for web-vs"). A page of rows renders
 * toggle buttons only; the menu's code loads on the first open (`lazyMenu`). Opened, focus goes to the first
 * item; Escape returns it.
 */
export function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  return <RowActionsMenu toggle={{ variant: 'plain', 'aria-label': `Actions for ${name}`, icon: <EllipsisVIcon /> }} menu={{ actions }} />;
}

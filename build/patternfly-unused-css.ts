import type { Plugin } from 'vite';

/**
 * Style sheets of PatternFly features the console never renders, although components it uses import them:
 * Page imports the Drawer for a notification drawer (the console has none), Table imports the tree-table and
 * inline-edit styles and, through its header cells' help, the Popover (the console uses none of them).
 * Table also imports its sticky-header scrolling styles (no console table is sticky) and the responsive grid
 * styles that stack a table's cells below a width breakpoint: console tables keep their columns and scroll
 * sideways on narrow screens instead, as the wide, many-column tables of a controller console are read best.
 * Using one of these features means taking it off this list: the styles go for every importer, the
 * JavaScript of the drawer and the header cell's popover only for those two (`patternfly-unrendered-components.ts`).
 */
const UNRENDERED =
  /[\\/]@patternfly[\\/]react-styles[\\/]css[\\/]components[\\/](?:Drawer[\\/]drawer|Popover[\\/]popover|Table[\\/](?:table-tree-view|inline-edit|table-grid|table-scrollable))\.css$/;

export function dropUnrenderedPatternflyCss(): Plugin {
  return {
    name: 'console:drop-unrendered-patternfly-css',
    enforce: 'pre',
    load: (id) => (UNRENDERED.test(id.split('?')[0] ?? id) ? '' : undefined),
  };
}

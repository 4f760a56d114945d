import type { Plugin } from 'vite';

/**
 * Style sheets of PatternFly features the console never renders, although components it uses import them:
 * Page imports the Drawer for a notification drawer (the console has none). Using such a feature means
 * taking it off this list: the styles go for every importer, the JavaScript of the drawer only for Page
 * (`patternfly-unrendered-components.ts`).
 */
const UNRENDERED = /[\\/]@patternfly[\\/]react-styles[\\/]css[\\/]components[\\/]Drawer[\\/]drawer\.css$/;

export function dropUnrenderedPatternflyCss(): Plugin {
  return {
    name: 'console:drop-unrendered-patternfly-css',
    enforce: 'pre',
    load: (id) => (UNRENDERED.test(id.split('?')[0] ?? id) ? '' : undefined),
  };
}

import type { Plugin } from 'vite';

/**
 * PatternFly components that components the console uses import for features the console never turns on:
 * Page builds its notification drawer from the Drawer (which brings focus-trap). Imported from those modules
 * only, they are replaced by components that throw when rendered, so they stay out of every page's JavaScript.
 * The same features' styles are left out by `patternfly-unused-css.ts`. Using one of them means taking it off this list.
 */
interface Unrendered {
  importer: RegExp;
  source: string;
  exports: string[];
  feature: string;
}

const UNRENDERED: Unrendered[] = [
  {
    importer: /[\\/]@patternfly[\\/]react-core[\\/]dist[\\/]esm[\\/]components[\\/]Page[\\/]Page\.js$/,
    source: '../Drawer',
    exports: ['Drawer', 'DrawerContent', 'DrawerPanelContent'],
    feature: "Page's notification drawer",
  },
];

const PREFIX = '\0console-unrendered-patternfly:';

export function unrenderedPatternflyComponent(importer: string | undefined, source: string): Unrendered | undefined {
  const file = importer?.split('?')[0];
  return file === undefined ? undefined : UNRENDERED.find((u) => u.source === source && u.importer.test(file));
}

export function stubModule(unrendered: Unrendered): string {
  const message = `${unrendered.feature} is not part of the console build: see build/patternfly-unrendered-components.ts`;
  const stubs = unrendered.exports.map(
    (name) => `export function ${name}() {\n  throw new Error(${JSON.stringify(`${name}: ${message}`)});\n}`,
  );
  return stubs.join('\n');
}

export function leaveOutUnrenderedPatternflyComponents(): Plugin {
  return {
    name: 'console:leave-out-unrendered-patternfly-components',
    enforce: 'pre',
    resolveId(source, importer) {
      const unrendered = unrenderedPatternflyComponent(importer, source);
      return unrendered ? `${PREFIX}${UNRENDERED.indexOf(unrendered)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const unrendered = UNRENDERED[Number(id.slice(PREFIX.length))];
      return unrendered ? stubModule(unrendered) : undefined;
    },
  };
}

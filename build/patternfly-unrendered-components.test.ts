import { describe, expect, it } from 'vitest';
import { stubModule, unrenderedPatternflyComponent } from './patternfly-unrendered-components';

const PAGE = '/repo/node_modules/@patternfly/react-core/dist/esm/components/Page/Page.js';

describe('unrendered PatternFly components', () => {
  it("replace Page's drawer", () => {
    expect(unrenderedPatternflyComponent(PAGE, '../Drawer')?.exports).toEqual(['Drawer', 'DrawerContent', 'DrawerPanelContent']);
  });

  it('leave every other import alone, the same components included', () => {
    expect(unrenderedPatternflyComponent(PAGE, './PageBody')).toBeUndefined();
    expect(unrenderedPatternflyComponent('/repo/src/features/x/Help.tsx', '@patternfly/react-core/dist/esm/components/Popover')).toBeUndefined();
    expect(unrenderedPatternflyComponent('/repo/node_modules/@patternfly/react-core/dist/esm/components/Compass/Compass.js', '../Drawer')).toBeUndefined();
    expect(unrenderedPatternflyComponent(undefined, '../Drawer')).toBeUndefined();
  });

  it('stand-ins say what is missing and where to bring it back when rendered', async () => {
    const unrendered = unrenderedPatternflyComponent(PAGE, '../Drawer')!;
    const url = `data:text/javascript,${encodeURIComponent(stubModule(unrendered))}`;
    const stub = (await import(/* @vite-ignore */ url)) as Record<string, () => never>;
    expect(Object.keys(stub).sort()).toEqual(['Drawer', 'DrawerContent', 'DrawerPanelContent']);
    expect(() => stub.DrawerPanelContent!()).toThrow(/DrawerPanelContent: Page's notification drawer is not part of the console build: see build\/patternfly-unrendered-components\.ts/);
  });
});

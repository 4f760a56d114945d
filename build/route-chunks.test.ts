import { describe, expect, it } from 'vitest';
import { planRouteChunks, routeChunks, type PlannedChunk, type RouteChunkLayout } from './route-chunks';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], kind: Partial<Pick<PlannedChunk, 'isEntry' | 'isDynamicEntry' | 'facadeModuleId'>> = {}): PlannedChunk => ({
  fileName,
  moduleIds,
  imports,
  isEntry: false,
  isDynamicEntry: false,
  facadeModuleId: null,
  ...kind,
});

// An entry, a list page and a wizard page that share small chunks with each other and with a third page.
const build: PlannedChunk[] = [
  chunk('index.js', ['/src/main.tsx', '/react-dom.js'], ['runtime.js', 'react.js'], { isEntry: true, facadeModuleId: '/src/main.tsx' }),
  chunk('runtime.js', ['\0rolldown/runtime.js']),
  chunk('react.js', ['/react.js'], ['session.js']),
  chunk('session.js', ['/src/session.ts']),
  chunk('List.js', ['/src/List.tsx'], ['Button.js', 'runtime.js'], { isDynamicEntry: true, facadeModuleId: '/src/List.tsx' }),
  chunk('Button.js', ['/pf/Button.js', '/pf/button.css'], ['icons.js']),
  chunk('icons.js', ['/pf/icon.js']),
  chunk('Wizard.js', ['/src/Wizard.tsx'], ['Button.js', 'FormGroup.js'], { isDynamicEntry: true, facadeModuleId: '/src/Wizard.tsx' }),
  chunk('FormGroup.js', ['/pf/FormGroup.js', '/pf/form.css']),
  chunk('Step.js', ['/src/Step.tsx'], ['FormGroup.js', 'Table.js'], { isDynamicEntry: true, facadeModuleId: '/src/Step.tsx' }),
  chunk('Table.js', ['/pf/Table.js']),
  chunk('Other.js', ['/src/Other.tsx'], ['Table.js'], { isDynamicEntry: true, facadeModuleId: '/src/Other.tsx' }),
];
const layout: RouteChunkLayout = {
  entryShared: 'core',
  routes: [
    { name: 'list', pages: [/List\.tsx$/] },
    { name: 'wizard', pages: [/Wizard\.tsx$/] },
  ],
};

describe('planRouteChunks', () => {
  const plan = planRouteChunks(build, layout);
  const modulesOf = (name: string) => [...plan].filter(([, owner]) => owner === name).map(([id]) => id).sort();

  it('gives a route every module its page loads before rendering, style sheets included', () => {
    expect(modulesOf('list')).toEqual(['/pf/Button.js', '/pf/button.css', '/pf/icon.js', '/src/List.tsx']);
  });

  it('leaves to an earlier route what it already loads, and to the entry what the entry loads', () => {
    expect(modulesOf('wizard')).toEqual(['/pf/FormGroup.js', '/pf/form.css', '/src/Wizard.tsx']);
  });

  it("puts what the entry loads beside itself in one chunk, and leaves the entry and the bundler's runtime alone", () => {
    expect(modulesOf('core')).toEqual(['/react.js', '/src/session.ts']);
    expect(plan.has('/react-dom.js')).toBe(false);
    expect(plan.has('\0rolldown/runtime.js')).toBe(false);
  });

  it('leaves what a page loads later to automatic splitting', () => {
    expect(plan.has('/src/Step.tsx')).toBe(false);
    expect(plan.has('/pf/Table.js')).toBe(false);
    expect(plan.has('/src/Other.tsx')).toBe(false);
  });

  it('stops the build when a route names a page no chunk starts from', () => {
    expect(() => planRouteChunks(build, { entryShared: 'core', routes: [{ name: 'gone', pages: [/Renamed\.tsx$/] }] })).toThrow(/route chunk gone: no chunk starts at/);
  });
});

describe('routeChunks', () => {
  it('adds one group per planned chunk that captures exactly its modules', () => {
    const plan = planRouteChunks(build, layout);
    const plugin = routeChunks(layout, plan);
    const outputOptions = plugin.outputOptions as (options: object) => { codeSplitting: { groups: { name: string; test: (id: string) => boolean }[] } };
    const { groups } = outputOptions.call(undefined, {}).codeSplitting;
    expect(groups.map((group) => group.name)).toEqual(['core', 'list', 'wizard']);
    expect(groups[0]!.test('/src/session.ts')).toBe(true);
    expect(groups[1]!.test('/pf/Button.js')).toBe(true);
    expect(groups[1]!.test('/pf/FormGroup.js')).toBe(false);
    expect(groups[2]!.test('/pf/FormGroup.js')).toBe(true);
    expect(groups[2]!.test('/src/Step.tsx')).toBe(false);
  });
});

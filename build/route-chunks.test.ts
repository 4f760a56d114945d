import { describe, expect, it } from 'vitest';
import { planRouteChunks, routeChunks, type PlannedChunk, type RouteChunkLayout } from './route-chunks';

type Kind = Partial<Pick<PlannedChunk, 'isEntry' | 'isDynamicEntry' | 'facadeModuleId' | 'dynamicImports'>>;
const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], kind: Kind = {}): PlannedChunk => ({
  fileName,
  moduleIds,
  imports,
  dynamicImports: [],
  isEntry: false,
  isDynamicEntry: false,
  facadeModuleId: null,
  ...kind,
});
const page = (fileName: string, moduleId: string, imports: string[], dynamicImports: string[] = []) =>
  chunk(fileName, [moduleId], imports, { isDynamicEntry: true, facadeModuleId: moduleId, dynamicImports });

// An entry with its route table (dynamic imports of every page), a frame, a list page, a wizard with a later
// step, an edit page beside the wizard, and a pools page whose dialog shares the form code with the wizard.
const build: PlannedChunk[] = [
  chunk('index.js', ['/src/main.tsx', '/react-dom.js'], ['runtime.js', 'react.js'], {
    isEntry: true,
    facadeModuleId: '/src/main.tsx',
    dynamicImports: ['Frame.js', 'List.js', 'Wizard.js', 'Edit.js', 'Pools.js'],
  }),
  chunk('runtime.js', ['\0rolldown/runtime.js']),
  chunk('react.js', ['/react.js'], ['session.js']),
  chunk('session.js', ['/src/session.ts']),
  page('Frame.js', '/src/Frame.tsx', ['Button.js']),
  page('List.js', '/src/List.tsx', ['Button.js', 'Table.js']),
  chunk('Button.js', ['/pf/Button.js', '/pf/button.css'], ['icons.js']),
  chunk('icons.js', ['/pf/icon.js']),
  chunk('Table.js', ['/pf/Table.js']),
  page('Wizard.js', '/src/Wizard.tsx', ['Button.js', 'FormGroup.js', 'wizard-core.js'], ['Step.js']),
  chunk('wizard-core.js', ['/src/wizard-core.ts']),
  chunk('FormGroup.js', ['/pf/FormGroup.js', '/pf/form.css']),
  page('Step.js', '/src/Step.tsx', ['FormGroup.js', 'Table.js']),
  page('Edit.js', '/src/Edit.tsx', ['wizard-core.js', 'schemas.js']),
  chunk('schemas.js', ['/zod.js']),
  page('Pools.js', '/src/Pools.tsx', ['Table.js'], ['PoolDialog.js']),
  page('PoolDialog.js', '/src/PoolDialog.tsx', ['FormGroup.js']),
];
const layout: RouteChunkLayout = {
  entryShared: 'core',
  frame: { name: 'frame', pages: [/Frame\.tsx$/, /List\.tsx$/] },
  pages: [{ name: 'wizard', pages: [/Wizard\.tsx$/], alongside: [/Edit\.tsx$/] }],
  pagesShared: 'shared',
};

describe('planRouteChunks', () => {
  const plan = planRouteChunks(build, layout);
  const modulesOf = (name: string) => [...plan].filter(([, owner]) => owner === name).map(([id]) => id).sort();

  it("puts what the entry loads beside itself in one chunk, and leaves the entry and the bundler's runtime alone", () => {
    expect(modulesOf('core')).toEqual(['/react.js', '/src/session.ts']);
    expect(plan.has('/react-dom.js')).toBe(false);
    expect(plan.has('\0rolldown/runtime.js')).toBe(false);
  });

  it('gives the frame everything it loads before rendering, style sheets included, even what other pages use', () => {
    expect(modulesOf('frame')).toEqual(['/pf/Button.js', '/pf/Table.js', '/pf/button.css', '/pf/icon.js', '/src/Frame.tsx', '/src/List.tsx']);
  });

  it('gives a page what only it (or a page alongside it) loads, and the shared chunk what code elsewhere loads too', () => {
    expect(modulesOf('wizard')).toEqual(['/src/Wizard.tsx', '/src/wizard-core.ts']);
    expect(modulesOf('shared')).toEqual(['/pf/FormGroup.js', '/pf/form.css']);
  });

  it('leaves what pages load later, and what only the pages alongside load, to automatic splitting', () => {
    for (const id of ['/src/Step.tsx', '/src/Edit.tsx', '/zod.js', '/src/Pools.tsx', '/src/PoolDialog.tsx']) expect(plan.has(id)).toBe(false);
  });

  it('counts a use through a page alongside as elsewhere when the page is not named alongside', () => {
    const withoutEdit = planRouteChunks(build, { ...layout, pages: [{ name: 'wizard', pages: [/Wizard\.tsx$/] }] });
    expect(withoutEdit.get('/src/wizard-core.ts')).toBe('shared');
  });

  it('stops the build when the layout names a page no chunk starts from', () => {
    expect(() => planRouteChunks(build, { ...layout, pages: [{ name: 'gone', pages: [/Renamed\.tsx$/] }] })).toThrow(/route chunk gone: no chunk starts at/);
  });
});

describe('routeChunks', () => {
  it('adds one group per planned chunk that captures exactly its modules', () => {
    const plan = planRouteChunks(build, layout);
    const plugin = routeChunks(layout, plan);
    const outputOptions = plugin.outputOptions as (options: object) => { codeSplitting: { groups: { name: string; test: (id: string) => boolean }[] } };
    const groups = new Map(outputOptions.call(undefined, {}).codeSplitting.groups.map((group) => [group.name, group.test]));
    expect([...groups.keys()]).toEqual(['core', 'frame', 'shared', 'wizard']);
    expect(groups.get('core')!('/src/session.ts')).toBe(true);
    expect(groups.get('frame')!('/pf/Button.js')).toBe(true);
    expect(groups.get('frame')!('/pf/FormGroup.js')).toBe(false);
    expect(groups.get('shared')!('/pf/FormGroup.js')).toBe(true);
    expect(groups.get('wizard')!('/src/wizard-core.ts')).toBe(true);
    expect(groups.get('wizard')!('/src/Step.tsx')).toBe(false);
  });
});

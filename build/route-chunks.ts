import type { Plugin } from 'vite';

/** The console's frame, or a page opened from a bookmark often enough to load in few files. */
export interface RouteChunk {
  /** The chunk's name (its file name's prefix). */
  name: string;
  /** The modules it starts from: the dynamic imports that load it. */
  pages: readonly RegExp[];
  /** Other pages that load the same code (an edit page beside a create page): their use does not make it shared. */
  alongside?: readonly RegExp[];
}

/** Where the code of a first render goes. */
export interface RouteChunkLayout {
  /** The chunk for what the entry loads beside itself (React, the API client, the session…). */
  entryShared: string;
  /**
   * Loaded with every console page: it takes everything it loads before it renders, even what other pages'
   * chunks use, since those find it already loaded.
   */
  frame: RouteChunk;
  /** Each takes what only it loads; what it shares with code loaded elsewhere goes to `pagesShared`. */
  pages: readonly RouteChunk[];
  pagesShared: string;
}

/** What a first build pass says about one of its chunks. */
export interface PlannedChunk {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  dynamicImports: readonly string[];
  moduleIds: readonly string[];
}

/** The layout's chunk of each module it moves, by module id. */
export type RouteChunkPlan = ReadonlyMap<string, string>;

/** rolldown keeps its runtime in a chunk of its own. */
const BUNDLER_RUNTIME = /^\0rolldown\/runtime/;

type ChunkGraph = ReadonlyMap<string, PlannedChunk>;

/** The chunks `starts` load, themselves included: through static imports, and dynamic ones too when asked. */
function reachable(graph: ChunkGraph, starts: readonly PlannedChunk[], options: { dynamic?: boolean; avoiding?: ReadonlySet<string> } = {}): Map<string, PlannedChunk> {
  const reached = new Map<string, PlannedChunk>();
  const pending = starts.filter((chunk) => !options.avoiding?.has(chunk.fileName));
  for (let chunk = pending.pop(); chunk; chunk = pending.pop()) {
    if (reached.has(chunk.fileName)) continue;
    reached.set(chunk.fileName, chunk);
    const next = options.dynamic ? [...chunk.imports, ...chunk.dynamicImports] : chunk.imports;
    for (const file of next) {
      const imported = graph.get(file);
      if (imported && !options.avoiding?.has(file)) pending.push(imported);
    }
  }
  return reached;
}

function startingAt(planned: readonly PlannedChunk[], name: string, pages: readonly RegExp[]): PlannedChunk[] {
  const starts = planned.filter((chunk) => chunk.isDynamicEntry && pages.some((page) => page.test(chunk.facadeModuleId ?? '')));
  if (starts.length === 0) throw new Error(`route chunk ${name}: no chunk starts at ${pages.join(' or ')}`);
  return starts;
}

/**
 * From the chunks of a build split automatically, which of the layout's chunks each module goes to:
 * - what the entry loads beside itself, to `entryShared`;
 * - what the frame loads before it renders (its static imports, transitively), to the frame;
 * - what a page loads before it renders, to the page when nothing else loads it (only the page's own later
 *   code, or the pages `alongside` it, do), else to `pagesShared`; so a dialog of another page never brings
 *   the page's chunk along.
 * What the entry or the frame already loads stays there; what pages load later stays where automatic
 * splitting puts it. No chunk of the layout imports a later one.
 */
export function planRouteChunks(planned: readonly PlannedChunk[], layout: RouteChunkLayout): RouteChunkPlan {
  const graph: ChunkGraph = new Map(planned.map((chunk) => [chunk.fileName, chunk]));
  const entries = planned.filter((chunk) => chunk.isEntry);
  const owner = new Map<string, string>();
  const assign = (chunk: PlannedChunk, name: string) => {
    for (const id of chunk.moduleIds) if (!BUNDLER_RUNTIME.test(id)) owner.set(id, name);
  };
  const taken = new Set<string>();
  for (const chunk of reachable(graph, entries).values()) {
    taken.add(chunk.fileName);
    if (!chunk.isEntry) assign(chunk, layout.entryShared);
  }
  for (const chunk of reachable(graph, startingAt(planned, layout.frame.name, layout.frame.pages)).values()) {
    if (taken.has(chunk.fileName)) continue;
    taken.add(chunk.fileName);
    assign(chunk, layout.frame.name);
  }
  for (const page of layout.pages) {
    const starts = startingAt(planned, page.name, page.pages);
    const alongside = page.alongside ? startingAt(planned, page.name, page.alongside) : [];
    const elsewhere = reachable(graph, entries, { dynamic: true, avoiding: new Set([...starts, ...alongside].map((chunk) => chunk.fileName)) });
    for (const chunk of reachable(graph, starts).values()) {
      if (taken.has(chunk.fileName)) continue;
      taken.add(chunk.fileName);
      assign(chunk, elsewhere.has(chunk.fileName) ? layout.pagesShared : page.name);
    }
  }
  return owner;
}

/**
 * Gives the entry's shared code, the frame, the pages and what the pages share the one chunk (and one style
 * sheet) each that `plan` assigns them, instead of the dozens of small shared chunks automatic splitting makes.
 * Every file a page asks for costs its main thread a few milliseconds on a slow laptop: opening the wizard from
 * a bookmark asked for 75 files before it could show a field. What a page loads later (menus, dialogs, the
 * wizard's other steps) is split as before.
 */
export function routeChunks(layout: RouteChunkLayout, plan: RouteChunkPlan): Plugin {
  const names = [layout.entryShared, layout.frame.name, layout.pagesShared, ...layout.pages.map((page) => page.name)];
  return {
    name: 'console:route-chunks',
    apply: 'build',
    outputOptions(options) {
      const groups = names.map((name) => ({ name, test: (id: string) => plan.get(id) === name, includeDependenciesRecursively: false }));
      return { ...options, codeSplitting: { groups } };
    },
  };
}

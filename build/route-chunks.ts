import type { Plugin } from 'vite';

/** A route whose first render should need one script and one style sheet beyond what the routes before it load. */
export interface RouteChunk {
  /** The chunk's name (its file name's prefix). */
  name: string;
  /** The modules the route starts from: the dynamic imports that load its page (and its frame). */
  pages: readonly RegExp[];
}

/** What a first build pass says about one of its chunks. */
export interface PlannedChunk {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  moduleIds: readonly string[];
}

/** A route chunk's modules, by module id. */
export type RouteChunkPlan = ReadonlyMap<string, string>;

function staticallyLoaded(chunks: ReadonlyMap<string, PlannedChunk>, starts: readonly PlannedChunk[]): PlannedChunk[] {
  const reached = new Map<string, PlannedChunk>();
  const pending = [...starts];
  for (let chunk = pending.pop(); chunk; chunk = pending.pop()) {
    if (reached.has(chunk.fileName)) continue;
    reached.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const imported = chunks.get(file);
      if (imported) pending.push(imported);
    }
  }
  return [...reached.values()];
}

/** Where the first render's code goes: one chunk for the entry's, one per route after it. */
export interface RouteChunkLayout {
  /** The chunk for what the entry loads beside itself (React, the API client, the session…). */
  entryShared: string;
  routes: readonly RouteChunk[];
}

/** Bundler-generated helpers: rolldown keeps its runtime in a chunk of its own. */
const BUNDLER_RUNTIME = /^\0|[\\/]rolldown[\\/]runtime/;

/**
 * From the chunks of a build split automatically, which of the layout's chunks each module goes to. What the
 * entry loads beside itself goes to `entryShared`. Then each route takes the modules of every chunk its pages
 * load before they render (their static imports, transitively), except what the entry or an earlier route
 * loads. So a route's chunk imports only the entry's and earlier routes' chunks, and no chunk imports it back.
 * What pages load later stays where automatic splitting puts it.
 */
export function planRouteChunks(planned: readonly PlannedChunk[], layout: RouteChunkLayout): RouteChunkPlan {
  const chunks = new Map(planned.map((chunk) => [chunk.fileName, chunk]));
  const owner = new Map<string, string>();
  const assign = (chunk: PlannedChunk, name: string) => {
    for (const id of chunk.moduleIds) if (!BUNDLER_RUNTIME.test(id)) owner.set(id, name);
  };
  const entryLoads = staticallyLoaded(chunks, planned.filter((chunk) => chunk.isEntry));
  for (const chunk of entryLoads) if (!chunk.isEntry) assign(chunk, layout.entryShared);
  const loaded = new Set(entryLoads.map((chunk) => chunk.fileName));
  for (const route of layout.routes) {
    const pages = planned.filter((chunk) => chunk.isDynamicEntry && route.pages.some((page) => page.test(chunk.facadeModuleId ?? '')));
    if (pages.length === 0) throw new Error(`route chunk ${route.name}: no chunk starts at ${route.pages.join(' or ')}`);
    for (const chunk of staticallyLoaded(chunks, pages)) {
      if (loaded.has(chunk.fileName)) continue;
      loaded.add(chunk.fileName);
      assign(chunk, route.name);
    }
  }
  return owner;
}

/**
 * Gives the entry's shared code and each route the one chunk (and one style sheet) `plan` assigns them,
 * instead of the dozens of small shared chunks automatic splitting makes. Every file a page asks for costs its
 * main thread a few milliseconds on a slow laptop: opening the wizard from a bookmark asked for 75 files
 * before it could show a field. What a page loads later (menus, dialogs, the wizard's other steps) is split as before.
 */
export function routeChunks(layout: RouteChunkLayout, plan: RouteChunkPlan): Plugin {
  const names = [layout.entryShared, ...layout.routes.map((route) => route.name)];
  return {
    name: 'console:route-chunks',
    apply: 'build',
    outputOptions(options) {
      const groups = names.map((name) => ({ name, test: (id: string) => plan.get(id) === name, includeDependenciesRecursively: false }));
      return { ...options, codeSplitting: { groups } };
    },
  };
}

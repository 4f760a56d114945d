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

/**
 * From the chunks of a build split automatically: each route takes the modules of every chunk its pages load
 * before they render (their static imports, transitively), except what the entry or an earlier route loads.
 * So a route's chunk imports only the entry's and earlier routes' chunks, and no chunk imports it back.
 */
export function planRouteChunks(planned: readonly PlannedChunk[], routes: readonly RouteChunk[]): RouteChunkPlan {
  const chunks = new Map(planned.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set(staticallyLoaded(chunks, planned.filter((chunk) => chunk.isEntry)).map((chunk) => chunk.fileName));
  const owner = new Map<string, string>();
  for (const route of routes) {
    const pages = planned.filter((chunk) => chunk.isDynamicEntry && route.pages.some((page) => page.test(chunk.facadeModuleId ?? '')));
    if (pages.length === 0) throw new Error(`route chunk ${route.name}: no chunk starts at ${route.pages.join(' or ')}`);
    for (const chunk of staticallyLoaded(chunks, pages)) {
      if (loaded.has(chunk.fileName)) continue;
      loaded.add(chunk.fileName);
      for (const id of chunk.moduleIds) owner.set(id, route.name);
    }
  }
  return owner;
}

/**
 * Gives each route the one chunk (and one style sheet) `plan` assigns it, instead of the dozens of small
 * shared chunks automatic splitting makes. Every file a page asks for costs its main thread a few
 * milliseconds on a slow laptop: opening the wizard from a bookmark asked for 75 files before it could show
 * a field. What a page loads later (menus, dialogs, the wizard's other steps) is split as before.
 */
export function routeChunks(routes: readonly RouteChunk[], plan: RouteChunkPlan): Plugin {
  return {
    name: 'console:route-chunks',
    apply: 'build',
    outputOptions(options) {
      const groups = routes.map((route) => ({ name: route.name, test: (id: string) => plan.get(id) === route.name, includeDependenciesRecursively: false }));
      return { ...options, codeSplitting: { groups } };
    },
  };
}

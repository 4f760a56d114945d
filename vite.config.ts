import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { hamburgerStateWithoutHas } from './build/patternfly-hamburger-state.ts';
import { dropPatternflyIconFont } from './build/patternfly-icon-font.ts';
import { dropUnusedPatternflyThemes } from './build/patternfly-themes.ts';
import { moveDarkTokensOutOfBase, patternflyDarkTokens } from './build/patternfly-dark-theme.ts';
import { dropUnusedResponsiveClassNames, dropUnusedResponsiveVariants } from './build/patternfly-responsive-variants.ts';
import { firstPassChunks, isFirstPass } from './build/first-pass.ts';
import { preloadFirstPaintFonts } from './build/first-paint-fonts.ts';
import { planRouteChunks, routeChunks, type RouteChunkLayout } from './build/route-chunks.ts';
import { controllerProxyConfig, createControllerProxy, isControllerPath } from './server/controller-proxy.mjs';

/**
 * Real-controller mode: with CONTROLLER_URL set, `/login`, `/logout` and `/api` go to that controller
 * through the same proxy `npm run serve` uses, and no mock code is loaded (`__DEMO_MODE__` is false).
 */
function controllerProxy(config: NonNullable<ReturnType<typeof controllerProxyConfig>>): Plugin {
  const proxy = createControllerProxy(config);
  const install = (middlewares: { use(fn: (req: never, res: never, next: () => void) => void): void }) =>
    middlewares.use((req: Parameters<typeof proxy>[0], res: Parameters<typeof proxy>[1], next: () => void) => (isControllerPath(req.url) ? proxy(req, res) : next()));
  return {
    name: 'console:controller-proxy',
    configureServer(server) {
      install(server.middlewares as never);
    },
    configurePreviewServer(server) {
      install(server.middlewares as never);
    },
  };
}

/** The production build serves a real controller: it must not ship the mock's service worker. */
function dropMockWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'console:drop-mock-worker',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: () => rm(path.join(outDir, 'mockServiceWorker.js'), { force: true }),
  };
}

/**
 * The console's and the demo mock's bundles alike. The domain model only declares schemas, constants and
 * functions: a page (or the mock) that needs a ref helper must not get every schema (and zod) because they
 * share a barrel. Likewise, the components' barrels only re-export: `useNotify` must not bring the error alert
 * along.
 */
const sharedTreeshake = {
  moduleSideEffects: (id: string) => (/[\\/]src[\\/](?:domain[\\/]|components[\\/][^\\/]+[\\/]index\.ts$)/.test(id) ? false : undefined),
  manualPureFunctions: ['forwardRef', 'memo', 'createContext'],
};

// --- Demo build only (`--mode demo`: `npm start`, `npm run build:demo`) ------------------------------------
/**
 * The browser demo's mock controller is bundled apart from the console's chunks: `src/demo/start-demo-controller.ts`
 * imports it with `?worker&url`, which makes Vite bundle it on its own (with the worker options below, as an
 * ES module) and hand back its URL; the page imports it after its first paint. So the console's chunks are
 * the production build's, and what the mock needs is in the mock's download only.
 */
const demoOnly = {
  worker: {
    format: 'es' as const,
    rolldownOptions: {
      treeshake: sharedTreeshake,
      // Under assets/mock/: what the mock controller costs, and when it loads, can be told from the file names.
      output: { entryFileNames: 'assets/mock/[name]-[hash].js', chunkFileNames: 'assets/mock/[name]-[hash].js' },
    },
  },
};
// ------------------------------------------------------------------------------------------------------------

/** The pages a bookmark most often opens: their first render's code in a few files (see build/route-chunks.ts). */
const routeChunkLayout: RouteChunkLayout = {
  entryShared: 'console-core',
  frame: { name: 'virtual-services-page', pages: [/[\\/]src[\\/]app[\\/]layout[\\/]AppLayout\.tsx$/, /[\\/]src[\\/]features[\\/]virtual-services[\\/]VirtualServicesPage\.tsx$/] },
  pages: [
    {
      name: 'virtual-service-wizard',
      pages: [/[\\/]src[\\/]features[\\/]vs-wizard[\\/]CreateVirtualServicePage\.tsx$/],
      alongside: [/[\\/]src[\\/]features[\\/]vs-wizard[\\/](?:EditVirtualServicePage|BasicSetupPage)\.tsx$/],
    },
  ],
  pagesShared: 'pages-shared',
};

export default defineConfig(async ({ command, mode }) => {
  const controller = controllerProxyConfig(process.env);
  const demo = mode === 'demo' && !controller;
  const routeChunkPlan = command === 'build' && !isFirstPass() ? planRouteChunks(await firstPassChunks(fileURLToPath(import.meta.url), mode), routeChunkLayout) : undefined;
  return {
    plugins: [
      react(),
      dropUnusedResponsiveClassNames(),
      patternflyDarkTokens(),
      preloadFirstPaintFonts(),
      ...(routeChunkPlan ? [routeChunks(routeChunkLayout, routeChunkPlan)] : []),
      ...(controller ? [controllerProxy(controller)] : []),
      ...(demo ? [] : [dropMockWorker()]),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
        // wouter's pre-React-18 shim (0.9 KB gzip in the first paint): React 19 has useSyncExternalStore itself.
        'use-sync-external-store/shim/index.js': fileURLToPath(new URL('./src/components/routing/react-use-sync-external-store.ts', import.meta.url)),
      },
    },
    ...(demo ? { worker: demoOnly.worker } : {}),
    css: {
      postcss: { plugins: [dropUnusedPatternflyThemes(), dropPatternflyIconFont(), moveDarkTokensOutOfBase(), dropUnusedResponsiveVariants(), hamburgerStateWithoutHas()] },
    },
    define: {
      __DEMO_MODE__: JSON.stringify(demo),
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        treeshake: sharedTreeshake,
      },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts', 'build/**/*.test.ts'],
      environment: 'node',
      // PatternFly's class maps import their CSS: Vite takes them in (as it does in the browser), not Node.
      server: { deps: { inline: [/[\\/]@patternfly[\\/]react-styles[\\/]/] } },
    },
  };
});

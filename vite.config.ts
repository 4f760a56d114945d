import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig(({ mode }) => {
  const controller = controllerProxyConfig(process.env);
  const demo = mode === 'demo' && !controller;
  return {
    plugins: [react(), ...(controller ? [controllerProxy(controller)] : []), ...(demo ? [] : [dropMockWorker()])],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    define: {
      __DEMO_MODE__: JSON.stringify(demo),
    },
    build: {
      target: 'es2022',
      sourcemap: false,
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts'],
      environment: 'node',
    },
  };
});

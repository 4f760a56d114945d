import { startProcess, stopProcess } from './run-command';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** The standalone mock controller (`npm run mock-controller`) in its own process, on a free port. */
export async function startMockController(seed: 'default' | 'large'): Promise<RunningServer> {
  const { child, match } = await startProcess(process.execPath, ['--import', 'tsx', 'mocks/server/cli.ts', '--port', '0', '--seed', seed], {
    ready: /listening on (http:\/\/[^\s]+)/,
    timeoutMs: 120_000,
  });
  return { url: match.replace(/\/$/, ''), stop: () => stopProcess(child) };
}

/** `npm run serve` over a build directory, proxying the controller API to `controllerUrl`. */
export async function startConsoleServer(staticDir: string, controllerUrl: string): Promise<RunningServer> {
  const { child, match } = await startProcess('node', ['server/serve.mjs'], {
    env: { ...process.env, STATIC_DIR: staticDir, CONTROLLER_URL: controllerUrl, PORT: '0', HOST: '127.0.0.1' },
    ready: /Console on (http:\/\/[^\s]+)/,
  });
  return { url: match.replace(/\/$/, ''), stop: () => stopProcess(child) };
}

import path from 'node:path';
import { runCommand } from './run-command';

export interface Builds {
  production: string;
  demo: string;
  floor: string;
}

/** Builds the production console, the static demo and the floor app into `outRoot`. */
export async function buildAll(outRoot: string, log: (line: string) => void): Promise<Builds> {
  const env = { ...process.env, CONTROLLER_URL: '' };
  const builds: Builds = {
    production: path.join(outRoot, 'production'),
    demo: path.join(outRoot, 'demo'),
    floor: path.join(outRoot, 'floor'),
  };
  log('building the production console');
  await runCommand('npx', ['vite', 'build', '--outDir', builds.production, '--emptyOutDir', '--logLevel', 'warn'], env);
  log('building the static demo');
  await runCommand('npx', ['vite', 'build', '--mode', 'demo', '--outDir', builds.demo, '--emptyOutDir', '--logLevel', 'warn'], env);
  log('building the floor (an empty React 19 app)');
  await runCommand('npx', ['vite', 'build', '--config', 'bench/floor/vite.config.ts', '--outDir', builds.floor, '--emptyOutDir'], env);
  return builds;
}

import { build } from 'vite';
import type { PlannedChunk } from './route-chunks.ts';

const PASS = 'CONSOLE_BUILD_PASS';

/** True inside the first pass, which must split automatically (it is what the plan is made from). */
export const isFirstPass = () => process.env[PASS] === 'plan';

/** Builds in memory with the same configuration and mode, and returns its chunks. */
export async function firstPassChunks(configFile: string, mode: string): Promise<PlannedChunk[]> {
  process.env[PASS] = 'plan';
  try {
    const result = await build({ configFile, mode, logLevel: 'silent', build: { write: false, emptyOutDir: false } });
    const outputs = Array.isArray(result) ? result : [result];
    return outputs.flatMap((output) => ('output' in output ? output.output : [])).flatMap((file) => (file.type === 'chunk' ? [file] : []));
  } finally {
    delete process.env[PASS];
  }
}

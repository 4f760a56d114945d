import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface AssetSet {
  js: Bytes;
  css: Bytes;
  files: string[];
}

const sizeCache = new Map<string, Bytes>();

async function fileBytes(file: string): Promise<Bytes> {
  const cached = sizeCache.get(file);
  if (cached) return cached;
  const content = await readFile(file);
  const bytes = { raw: content.length, gzip: gzipSync(content).length };
  sizeCache.set(file, bytes);
  return bytes;
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = (): Bytes => ({ raw: 0, gzip: 0 });

/** Sizes of the JS and CSS files among `urlPaths`, read from the build directory they were served from. */
export async function assetSet(buildDir: string, urlPaths: Iterable<string>): Promise<AssetSet> {
  const set: AssetSet = { js: zero(), css: zero(), files: [] };
  for (const urlPath of new Set(urlPaths)) {
    const ext = path.extname(urlPath);
    if (ext !== '.js' && ext !== '.css') continue;
    const bytes = await fileBytes(path.join(buildDir, urlPath));
    if (ext === '.js') set.js = add(set.js, bytes);
    else set.css = add(set.css, bytes);
    set.files.push(urlPath);
  }
  return set;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

/** Every JS and CSS file of a build. */
export async function wholeBuild(buildDir: string): Promise<AssetSet> {
  const files = (await walk(buildDir)).map((f) => `/${path.relative(buildDir, f).split(path.sep).join('/')}`);
  return assetSet(buildDir, files);
}

/** Files of the production build that contain mock-controller code, if any (there must be none). */
export async function mockCodeIn(buildDir: string): Promise<string[]> {
  const markers = [/mockServiceWorker/, /__mock__/, /\[MSW\]/];
  const offenders: string[] = [];
  for (const file of await walk(buildDir)) {
    if (!/\.(js|html)$/.test(file) && !file.endsWith('mockServiceWorker.js')) continue;
    const text = await readFile(file, 'utf8');
    if (file.endsWith('mockServiceWorker.js') || markers.some((m) => m.test(text))) offenders.push(path.relative(buildDir, file));
  }
  return offenders;
}

export function urlPathOf(url: string): string {
  return new URL(url).pathname;
}

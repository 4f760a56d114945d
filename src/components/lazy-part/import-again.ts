let attempts = 0;

/**
 * Browsers that keep a failed module fetch in their module map fail every later `import()` of that URL at
 * once. The chunk never ran, so the same file under another URL can be fetched and run instead.
 */
export function importAgain(error: unknown): Promise<unknown> | undefined {
  const url = error instanceof Error ? /\bhttps?:\/\/\S+?\.js\b/.exec(error.message)?.[0] : undefined;
  if (!url) return undefined;
  attempts += 1;
  return import(/* @vite-ignore */ `${url}?retry=${attempts}`);
}

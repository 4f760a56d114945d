/** Where to go after signing in: a same-origin path from `?from=`, never another site or the sign-in page itself. */
export function safeReturnPath(from: string | null, signInPath: string, fallback: string): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return fallback;
  if (from === signInPath || from.startsWith(`${signInPath}?`)) return fallback;
  return from;
}

/** The console's sub-path (`vite build --base /lb/` gives `/lb`), or '' when it is served at the root. */
export function basePathOf(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** The address-bar path for a console path: `/pools` under `/lb` is `/lb/pools`. */
export function joinBasePath(base: string, to: string): string {
  if (!base) return to;
  return to === '/' ? `${base}/` : `${base}${to}`;
}

/** The console path of an address-bar path: `/lb/pools` under `/lb` is `/pools`; a path outside the sub-path is left as it is. */
export function stripBasePath(base: string, pathname: string): string {
  if (!base) return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

import { parse } from 'regexparam';
import { matchRoute } from 'wouter';

/** Whether a console path matches a route pattern (`/infrastructure/se-groups/:uuid`), as `<Routes>` decides. */
export function matchesPath(pattern: string, pathname: string): boolean {
  return matchRoute(parse, pattern, pathname)[0];
}

import { useCallback, useMemo } from 'react';
import { useParams as useWouterParams } from 'wouter';
import { joinBasePath } from './base-path';
import type { ConsoleLocation, NavigateOptions } from './location-store';
import { useRouterState } from './router-context';
import { nextSearch, type NextSearchParams } from './search-params';

export type Navigate = (to: string, options?: NavigateOptions) => void;

/** The console location being rendered (path without the sub-path, query string, hash). */
export function useLocation(): ConsoleLocation {
  return useRouterState().location;
}

export function useNavigate(): Navigate {
  return useRouterState().store.navigate;
}

/** The parameters of the route pattern that matched (`:uuid`). */
export function useParams(): Readonly<Record<string, string | undefined>> {
  return useWouterParams();
}

/** The address-bar URL of a console path: with the sub-path, for links opened outside the router (new tabs). */
export function useHref(to: string): string {
  return joinBasePath(useRouterState().store.base, to);
}

export type SetSearchParams = (next: NextSearchParams, options?: NavigateOptions) => void;

/**
 * The query string of the page, and a setter. A function given to the setter gets the address bar's query
 * string as it is when called, not the one of the render that made the setter.
 */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { location, store } = useRouterState();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback<SetSearchParams>(
    (next, options) => {
      const { pathname, search } = store.current();
      store.navigate(`${pathname}${nextSearch(search, next)}`, options);
    },
    [store],
  );
  return [params, set];
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from '@/components/routing';
import { readListState, writeListState, type ListState } from './list-state';

/** Long enough to skip the requests of a word typed at speed, short enough that results follow the typing. */
const SEARCH_DEBOUNCE_MS = 150;

export interface ListControls extends ListState {
  /** What is typed in the search box; `search` follows it after a short pause. */
  searchInput: string;
  setSearchInput(value: string): void;
  setPage(page: number): void;
  setPerPage(perPage: number): void;
  setSort(sort: string): void;
}

/** Paging, sorting and debounced search-as-you-type for a list page, kept in the URL so reloads and links keep them. */
export function useListState(defaults: { sort: string; perPage?: number }): ListControls {
  const [params, setParams] = useSearchParams();
  const { sort: defaultSort, perPage: defaultPerPage } = defaults;
  const stableDefaults = useMemo(() => ({ sort: defaultSort, ...(defaultPerPage ? { perPage: defaultPerPage } : {}) }), [defaultSort, defaultPerPage]);
  const state = readListState(params, stableDefaults);
  const [searchInput, setSearchInputState] = useState(state.search);

  // Every change starts from the address bar as it is now, not from the query string of the render that made
  // the setter: a search pause that ends while a sort is still rendering must not undo the sort.
  const update = useCallback(
    (change: (current: ListState) => ListState) => {
      const current = new URLSearchParams(window.location.search);
      setParams(writeListState(current, change(readListState(current, stableDefaults)), stableDefaults), { replace: true });
    },
    [setParams, stableDefaults],
  );

  // The search reaches the URL (and the controller) from the pause timer itself: one render of the list per
  // search, not one for the pause and another for the URL.
  const appliedSearch = useRef(state.search);
  const latestUpdate = useRef(update);
  useEffect(() => {
    appliedSearch.current = state.search;
    latestUpdate.current = update;
  }, [state.search, update]);
  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(searchTimer.current), []);
  const setSearchInput = useCallback(
    (value: string) => {
      setSearchInputState(value);
      clearTimeout(searchTimer.current);
      searchTimer.current = setTimeout(() => {
        const search = value.trim();
        if (search !== appliedSearch.current) latestUpdate.current((s) => ({ ...s, search, page: 1 }));
      }, SEARCH_DEBOUNCE_MS);
    },
    [],
  );

  const setPage = useCallback((page: number) => update((s) => ({ ...s, page })), [update]);
  const setPerPage = useCallback((perPage: number) => update((s) => ({ ...s, perPage, page: 1 })), [update]);
  const setSort = useCallback((sort: string) => update((s) => ({ ...s, sort, page: 1 })), [update]);
  return { ...state, searchInput, setSearchInput, setPage, setPerPage, setSort };
}

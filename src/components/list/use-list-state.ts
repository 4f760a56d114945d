import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { readListState, writeListState, type ListState } from './list-state';
import { useDebouncedValue } from './use-debounced-value';

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
  const [searchInput, setSearchInput] = useState(state.search);
  const debouncedSearch = useDebouncedValue(searchInput.trim(), SEARCH_DEBOUNCE_MS);

  const update = useCallback(
    (change: (current: ListState) => ListState) =>
      setParams((current) => writeListState(current, change(readListState(current, stableDefaults)), stableDefaults), { replace: true }),
    [setParams, stableDefaults],
  );

  useEffect(() => {
    if (debouncedSearch !== state.search) update((s) => ({ ...s, search: debouncedSearch, page: 1 }));
  }, [debouncedSearch, state.search, update]);

  return {
    ...state,
    searchInput,
    setSearchInput,
    setPage: (page) => update((s) => ({ ...s, page })),
    setPerPage: (perPage) => update((s) => ({ ...s, perPage, page: 1 })),
    setSort: (sort) => update((s) => ({ ...s, sort, page: 1 })),
  };
}

/** Paging, sorting and search of a server-side list, as kept in the page's URL (`?page=2&perPage=50&sort=-name&q=web`). */
export interface ListState {
  page: number;
  perPage: number;
  /** Field name, `-field` for descending (the controller's `sort=` syntax). */
  sort: string;
  search: string;
}

export const perPageOptions = [10, 25, 50, 100] as const;

export function readListState(params: URLSearchParams, defaults: { sort: string; perPage?: number }): ListState {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const perPage = Number.parseInt(params.get('perPage') ?? '', 10);
  return {
    page: Number.isFinite(page) && page > 0 ? page : 1,
    perPage: (perPageOptions as readonly number[]).includes(perPage) ? perPage : (defaults.perPage ?? 25),
    sort: params.get('sort') || defaults.sort,
    search: params.get('q') ?? '',
  };
}

export function writeListState(params: URLSearchParams, state: ListState, defaults: { sort: string; perPage?: number }): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, isDefault: boolean) => (isDefault ? next.delete(key) : next.set(key, value));
  set('page', String(state.page), state.page === 1);
  set('perPage', String(state.perPage), state.perPage === (defaults.perPage ?? 25));
  set('sort', state.sort, state.sort === defaults.sort);
  set('q', state.search, state.search === '');
  return next;
}

export function sortField(sort: string): { field: string; direction: 'asc' | 'desc' } {
  return sort.startsWith('-') ? { field: sort.slice(1), direction: 'desc' } : { field: sort, direction: 'asc' };
}

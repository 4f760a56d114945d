export type SearchParamsInit = URLSearchParams | string | Record<string, string> | [string, string][];

/** What a search-params setter is given: the next parameters, or how to make them from the current ones. */
export type NextSearchParams = SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit);

/** The query string (`?a=1`, or '' when empty) after `next` is applied to the query string `current`. */
export function nextSearch(current: string, next: NextSearchParams): string {
  const params = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(current)) : next).toString();
  return params ? `?${params}` : '';
}

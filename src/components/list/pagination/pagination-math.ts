/** Pages needed for `count` items at `perPage` a page; 0 for an empty list. */
export function pageCount(count: number, perPage: number): number {
  return count > 0 && perPage > 0 ? Math.ceil(count / perPage) : 0;
}

/** The page to show for a requested one: 1 to `pages`, or 0 when there are no pages. */
export function clampPage(page: number, pages: number): number {
  return pages === 0 ? 0 : Math.min(Math.max(page, 1), pages);
}

/** The numbers of the first and last items on a page ("26 - 30"); both 0 for an empty list. */
export function itemRange(page: number, count: number, perPage: number): { first: number; last: number } {
  const shown = clampPage(page, pageCount(count, perPage));
  if (shown === 0) return { first: 0, last: 0 };
  return { first: (shown - 1) * perPage + 1, last: Math.min(shown * perPage, count) };
}

/** A typed page number, brought within 1 to `pages`; undefined when the text is not a number. */
export function parseTypedPage(text: string, pages: number): number | undefined {
  const typed = Number.parseInt(text, 10);
  return Number.isNaN(typed) ? undefined : Math.min(Math.max(typed, 1), Math.max(pages, 1));
}

/** Keys the page number field lets through besides digits (PatternFly's list). */
const EDITING_KEYS = new Set(['Tab', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'ArrowUp', 'ArrowDown', 'Enter']);

export function isPageInputKey(key: string): boolean {
  return /^\d$/.test(key) || EDITING_KEYS.has(key);
}

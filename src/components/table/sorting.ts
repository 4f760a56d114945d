import type { MouseEvent } from 'react';

export type SortDirection = 'asc' | 'desc';

export interface SortBy {
  /** The column the table is sorted by. */
  index?: number;
  direction?: SortDirection;
  /** The first direction of a column that is not sorted yet (default ascending). */
  defaultDirection?: SortDirection;
}

/** The `sort` prop of a sortable header cell, as in PatternFly's Th. */
export interface ThSort {
  sortBy: SortBy;
  columnIndex: number;
  onSort?(event: MouseEvent<HTMLButtonElement>, columnIndex: number, direction: SortDirection): void;
}

/** The direction a click on a header asks for: the column's first direction, then the other one each time. */
export function nextDirection({ sortBy, columnIndex }: ThSort): SortDirection {
  if (sortBy.index !== columnIndex) return sortBy.defaultDirection ?? 'asc';
  return sortBy.direction === 'asc' ? 'desc' : 'asc';
}

/** The column's `aria-sort`, when the table is sorted by it. */
export function ariaSort({ sortBy, columnIndex }: ThSort): 'ascending' | 'descending' | undefined {
  if (sortBy.index !== columnIndex) return undefined;
  return sortBy.direction === 'asc' ? 'ascending' : 'descending';
}

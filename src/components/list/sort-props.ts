import type { ThSort } from '@/components/table';
import { sortField } from './list-state';

/**
 * The `sort` prop of a sortable column header over a server-side sort. `columns` lists the sortable
 * fields by column index so the header knows which one is active.
 */
export function sortProps(
  current: string,
  setSort: (sort: string) => void,
  columns: readonly (string | undefined)[],
  columnIndex: number,
): ThSort {
  const { field, direction } = sortField(current);
  const activeIndex = columns.indexOf(field);
  return {
    sortBy: activeIndex >= 0 ? { index: activeIndex, direction } : {},
    columnIndex,
    onSort: (_event, index, nextDirection) => {
      const target = columns[index];
      if (target) setSort(nextDirection === 'desc' ? `-${target}` : target);
    },
  };
}

export { FilterLabel } from './FilterLabel';
export { ListToolbar } from './ListToolbar';
export { ListPagination } from './ListPagination';
export { TableStateRow } from './TableStateRow';
export { RowActions, type RowAction } from './RowActions';
export { sortProps } from './sort-props';
export { useListState, type ListControls } from './use-list-state';
export { useDebouncedValue } from './use-debounced-value';
export { perPageOptions, readListState, sortField, writeListState, type ListState } from './list-state';

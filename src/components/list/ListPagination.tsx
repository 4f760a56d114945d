import { memo } from 'react';
import { Pagination } from '@patternfly/react-core';
import { perPageOptions } from './list-state';

interface ListPaginationProps {
  count: number;
  page: number;
  perPage: number;
  onSetPage(page: number): void;
  onSetPerPage(perPage: number): void;
  variant?: 'top' | 'bottom';
  /** Distinguishes the two paginations of a page for assistive technology. */
  label: string;
}

/** Memoised: its per-page menu's Popper reads computed styles on every render, and the list around it renders often. */
export const ListPagination = memo(function ListPagination({ count, page, perPage, onSetPage, onSetPerPage, variant = 'top', label }: ListPaginationProps) {
  return (
    <Pagination
      itemCount={count}
      page={page}
      perPage={perPage}
      perPageOptions={perPageOptions.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_event, next) => onSetPage(next)}
      onPerPageSelect={(_event, next) => onSetPerPage(next)}
      variant={variant}
      isCompact={variant === 'top'}
      titles={{ paginationAriaLabel: `${label} ${variant === 'top' ? '(top)' : '(bottom)'}` }}
      widgetId={`${label.replace(/\W+/g, '-').toLowerCase()}-${variant}`}
    />
  );
});

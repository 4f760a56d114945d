import { memo } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Pagination/pagination';
import { lazyMenu } from '@/components/menus';
import { perPageOptions } from './list-state';
import { PageNavigation } from './pagination/PageNavigation';
import { clampPage, itemRange, pageCount } from './pagination/pagination-math';

const PerPageSelect = lazyMenu(() => import('./pagination/PerPageSelect'));

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

/**
 * PatternFly's pagination markup and class names (compact at the top), without its component: the per-page
 * menu's code loads on its first open. Memoised: the list around it renders often.
 */
export const ListPagination = memo(function ListPagination({ count, page, perPage, onSetPage, onSetPerPage, variant = 'top', label }: ListPaginationProps) {
  const pages = pageCount(count, perPage);
  const shown = clampPage(page, pages);
  const { first, last } = itemRange(page, count, perPage);
  const widgetId = `${label.replace(/\W+/g, '-').toLowerCase()}-${variant}`;
  const range = (
    <>
      <b>
        {first} - {last}
      </b>{' '}
      of <b>{count}</b>{' '}
    </>
  );
  return (
    <div
      id={`${widgetId}-pagination`}
      className={css(styles.pagination, variant === 'bottom' && styles.modifiers.bottom)}
      style={{ '--pf-v6-c-pagination__nav-page-select--c-form-control--width-chars': String(Math.max(String(pages).length, 2)) } as React.CSSProperties}
    >
      {variant === 'top' && <div className={styles.paginationTotalItems}>{range}</div>}
      <div className={styles.paginationPageMenu}>
        <PerPageSelect
          popup="listbox"
          toggle={{ variant: 'plainText', id: `${widgetId}-toggle`, children: range }}
          menu={{ options: perPageOptions, perPage, direction: variant === 'bottom' ? 'up' : 'down', onSetPerPage }}
        />
      </div>
      <PageNavigation aria-label={`${label} ${variant === 'top' ? '(top)' : '(bottom)'}`} page={shown} pages={pages} isCompact={variant === 'top'} onSetPage={onSetPage} />
    </div>
  );
});

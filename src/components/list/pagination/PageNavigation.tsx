import { Button } from '@patternfly/react-core';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Pagination/pagination';
import AngleDoubleRightIcon from '@patternfly/react-icons/dist/esm/icons/angle-double-right-icon';
import AngleLeftIcon from '@patternfly/react-icons/dist/esm/icons/angle-left-icon';
import AngleRightIcon from '@patternfly/react-icons/dist/esm/icons/angle-right-icon';
import RhMicronsDoubleCaretLeftIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-double-caret-left-icon';
import { PageNumberInput } from './PageNumberInput';

interface PageNavigationProps {
  'aria-label': string;
  /** The page shown, 0 for an empty list. */
  page: number;
  pages: number;
  /** Previous and next only, as PatternFly's compact pagination. */
  isCompact: boolean;
  onSetPage(page: number): void;
}

/** PatternFly's pagination navigation: first, previous, the page number field, next, last. */
export function PageNavigation({ 'aria-label': ariaLabel, page, pages, isCompact, onSetPage }: PageNavigationProps) {
  const atStart = page <= 1;
  const atEnd = page >= pages;
  const control = (action: 'first' | 'previous' | 'next' | 'last', label: string, icon: React.ReactNode, isDisabled: boolean, target: number, modifier?: string) => (
    <div className={css(styles.paginationNavControl, modifier)}>
      <Button variant="plain" data-action={action} aria-label={label} isDisabled={isDisabled} icon={icon} onClick={() => onSetPage(target)} />
    </div>
  );
  return (
    <nav className={styles.paginationNav} aria-label={ariaLabel}>
      {!isCompact && control('first', 'Go to first page', <RhMicronsDoubleCaretLeftIcon />, atStart, 1, styles.modifiers.first)}
      {control('previous', 'Go to previous page', <AngleLeftIcon />, atStart, Math.max(page - 1, 1))}
      {!isCompact && (
        <div className={styles.paginationNavPageSelect}>
          <PageNumberInput key={page} page={page} pages={pages} isDisabled={page === 0 || pages === 1} onSetPage={onSetPage} />
          <span aria-hidden="true">of {pages}</span>
        </div>
      )}
      {control('next', 'Go to next page', <AngleRightIcon />, atEnd, Math.min(page + 1, pages))}
      {!isCompact && control('last', 'Go to last page', <AngleDoubleRightIcon />, atEnd, pages, styles.modifiers.last)}
    </nav>
  );
}

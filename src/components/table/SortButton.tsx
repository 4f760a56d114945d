import type { ReactNode } from 'react';
import ArrowsAltVIcon from '@patternfly/react-icons/dist/esm/icons/arrows-alt-v-icon';
import LongArrowAltDownIcon from '@patternfly/react-icons/dist/esm/icons/long-arrow-alt-down-icon';
import LongArrowAltUpIcon from '@patternfly/react-icons/dist/esm/icons/long-arrow-alt-up-icon';
import styles from '@patternfly/react-styles/css/components/Table/table';
import { ariaSort, nextDirection, type ThSort } from './sorting';

/** The button of a sortable header cell: its label and an icon showing whether and how the column is sorted. */
export function SortButton({ sort, children }: { sort: ThSort; children: ReactNode }) {
  const sorted = ariaSort(sort);
  const Icon = sorted === undefined ? ArrowsAltVIcon : sorted === 'ascending' ? LongArrowAltUpIcon : LongArrowAltDownIcon;
  return (
    <button type="button" className={styles.tableButton} onClick={(event) => sort.onSort?.(event, sort.columnIndex, nextDirection(sort))}>
      <div className={styles.tableButtonContent}>
        <span className={styles.tableText}>{children}</span>
        <span className={styles.tableSortIndicator}>
          <Icon />
        </span>
      </div>
    </button>
  );
}

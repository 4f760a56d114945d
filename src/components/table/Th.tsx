import type { ComponentProps } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Table/table';
import accessibility from '@patternfly/react-styles/css/utilities/Accessibility/accessibility';
import { modifierClass, widthClass, type CellModifier, type CellWidth } from './modifiers';
import { SortButton } from './SortButton';
import { ariaSort, type ThSort } from './sorting';

export interface ThProps extends ComponentProps<'th'> {
  modifier?: CellModifier;
  width?: CellWidth;
  /** Makes the column sortable: the header becomes a button that asks for the next direction. */
  sort?: ThSort;
  /** The header's name for screen readers when it shows nothing, e.g. over a column of row actions. */
  screenReaderText?: string;
  /** The column's name on a cell when the table stacks its cells (`data-label`). */
  dataLabel?: string;
}

export function Th({ children, className, modifier, width, sort, screenReaderText, dataLabel, scope = 'col', ...props }: ThProps) {
  const content = children || (screenReaderText && <span className={accessibility.screenReader}>{screenReaderText}</span>);
  return (
    <th
      tabIndex={-1}
      data-label={dataLabel}
      scope={scope}
      aria-sort={sort && ariaSort(sort)}
      className={css(
        styles.tableTh,
        className,
        modifierClass(modifier),
        sort && styles.tableSort,
        sort && ariaSort(sort) && styles.modifiers.selected,
        widthClass(width),
      )}
      {...props}
    >
      {sort ? <SortButton sort={sort}>{children}</SortButton> : content}
    </th>
  );
}

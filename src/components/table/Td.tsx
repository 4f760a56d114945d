import type { ComponentProps } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Table/table';
import { modifierClass, type CellModifier } from './modifiers';

export interface TdProps extends ComponentProps<'td'> {
  modifier?: CellModifier;
  /** The cell holds the row's actions menu. */
  isActionCell?: boolean;
  /** The column's name, for the cell's `data-label`. */
  dataLabel?: string;
}

export function Td({ className, modifier, isActionCell = false, dataLabel, ...props }: TdProps) {
  return (
    <td
      tabIndex={-1}
      data-label={dataLabel}
      className={css(styles.tableTd, className, isActionCell && styles.tableAction, modifierClass(modifier))}
      {...props}
    />
  );
}

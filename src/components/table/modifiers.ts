import styles from '@patternfly/react-styles/css/components/Table/table';

/** How a cell's text wraps: the PatternFly table modifiers the console uses. */
export type CellModifier = 'wrap' | 'nowrap' | 'fitContent';

/** A header cell's width, as a percentage of the table's width (PatternFly's width modifiers). */
export type CellWidth = 10 | 15 | 20 | 25 | 30 | 35 | 40 | 45 | 50 | 60 | 70 | 80 | 90 | 100;

export function modifierClass(modifier: CellModifier | undefined): string | undefined {
  return modifier && styles.modifiers[modifier];
}

export function widthClass(width: CellWidth | undefined): string | undefined {
  return width === undefined ? undefined : styles.modifiers[`width_${width}`];
}

import type { ComponentProps } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Table/table';

export interface TableProps extends ComponentProps<'table'> {
  'aria-label': string;
  variant?: 'compact';
  /** False removes the borders between rows. */
  borders?: boolean;
}

/**
 * A PatternFly table (`pf-v6-c-table`) with the markup of PatternFly's own Table, role grid included. It has
 * no responsive grid modifier: console tables keep their columns on narrow screens and scroll sideways, as
 * the wide, many-column tables of a controller console are read best.
 */
export function Table({ className, variant, borders = true, role = 'grid', ...props }: TableProps) {
  return <table role={role} className={css(className, styles.table, variant && styles.modifiers[variant], !borders && styles.modifiers.noBorderRows)} {...props} />;
}

export function Thead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={css(styles.tableThead, className)} {...props} />;
}

export function Tbody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody role="rowgroup" className={css(styles.tableTbody, className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={css(styles.tableTr, className)} {...props} />;
}

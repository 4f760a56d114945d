import type { ReactNode } from 'react';
import styles from '@patternfly/react-styles/css/components/Toolbar/toolbar';

/**
 * PatternFly's toolbar markup for toolbars whose items always fit: no collapsing into an expandable section,
 * no per-breakpoint modifiers. The Toolbar component measures and tracks its width for those features; the
 * console's toolbars use neither, and this keeps that machinery out of every page's first paint.
 */
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

export function Toolbar({ isStatic = false, children }: { isStatic?: boolean; children: ReactNode }) {
  return (
    <div className={classes(styles.toolbar, isStatic && styles.modifiers.static)}>
      <div className={styles.toolbarContent}>
        <div className={styles.toolbarContentSection}>{children}</div>
      </div>
    </div>
  );
}

type Gap = 'sm' | 'md';
const gapClass = (gap: Gap | undefined) => (gap === 'sm' ? styles.modifiers.gapSm : gap === 'md' ? styles.modifiers.gapMd : undefined);

interface ToolbarGroupProps {
  /** PatternFly's group of plain action buttons (the masthead's). */
  isPlainActionGroup?: boolean;
  alignEnd?: boolean;
  gap?: Gap;
  alignItemsCenter?: boolean;
  children: ReactNode;
}

export function ToolbarGroup({ isPlainActionGroup, alignEnd, gap, alignItemsCenter, children }: ToolbarGroupProps) {
  return (
    <div
      className={classes(
        styles.toolbarGroup,
        isPlainActionGroup && styles.modifiers.actionGroupPlain,
        alignEnd && styles.modifiers.alignEnd,
        gapClass(gap),
        alignItemsCenter && styles.modifiers.alignItemsCenter,
      )}
    >
      {children}
    </div>
  );
}

interface ToolbarItemProps {
  isPagination?: boolean;
  alignSelfCenter?: boolean;
  alignItemsCenter?: boolean;
  gap?: Gap;
  children: ReactNode;
}

export function ToolbarItem({ isPagination, alignSelfCenter, alignItemsCenter, gap, children }: ToolbarItemProps) {
  return (
    <div
      className={classes(
        styles.toolbarItem,
        isPagination && styles.modifiers.pagination,
        gapClass(gap),
        alignSelfCenter && styles.modifiers.alignSelfCenter,
        alignItemsCenter && styles.modifiers.alignItemsCenter,
      )}
    >
      {children}
    </div>
  );
}

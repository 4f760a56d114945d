import type { ReactNode } from 'react';
import labelStyles from '@patternfly/react-styles/css/components/Label/label';
import groupStyles from '@patternfly/react-styles/css/components/Label/label-group';

export type StaticLabelColor = 'grey' | 'blue' | 'green' | 'purple' | 'orange' | 'red';

/**
 * A compact PatternFly label that only shows text: the same markup and styles as `<Label isCompact>`, without
 * the layout read PatternFly's Label makes on mount (to decide on a truncation tooltip). Tables render dozens
 * of these at once, and those reads forced a layout per label.
 */
export function StaticLabel({ color = 'grey', isCompact = true, children }: { color?: StaticLabelColor; isCompact?: boolean; children: ReactNode }) {
  const colorClass = color === 'grey' ? '' : labelStyles.modifiers[color];
  const compactClass = isCompact ? labelStyles.modifiers.compact : '';
  return (
    <span className={`${labelStyles.label} ${labelStyles.modifiers.filled} ${compactClass} ${colorClass}`.replace(/\s+/g, ' ').trim()}>
      <span className={labelStyles.labelContent}>
        <span className={labelStyles.labelText}>{children}</span>
      </span>
    </span>
  );
}

/** Several labels as one named list (PatternFly's label group markup, without its overflow handling). */
export function StaticLabelList({ label, children }: { label: string; children: ReactNode[] }) {
  return (
    <div className={groupStyles.labelGroup}>
      <div className={groupStyles.labelGroupMain}>
        <ul className={groupStyles.labelGroupList} role="list" aria-label={label}>
          {children.map((child, index) => (
            <li key={index} className={groupStyles.labelGroupListItem}>
              {child}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

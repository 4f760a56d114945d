import type { ReactNode } from 'react';
import { Button } from '@patternfly/react-core';
import RhMicronsCloseIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-close-icon';
import labelStyles from '@patternfly/react-styles/css/components/Label/label';

/**
 * An applied list filter that can be removed: PatternFly's outline label with its close button (the markup of
 * `<Label variant="outline" onClose>`), without the layout read the Label component makes on mount.
 */
export function FilterLabel({ removeLabel, onRemove, children }: { removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <span className={`${labelStyles.label} ${labelStyles.modifiers.outline}`}>
      <span className={labelStyles.labelContent}>
        <span className={labelStyles.labelText}>{children}</span>
      </span>
      <span className={labelStyles.labelActions}>
        <Button type="button" variant="plain" hasNoPadding onClick={onRemove} aria-label={removeLabel} icon={<RhMicronsCloseIcon />} />
      </span>
    </span>
  );
}

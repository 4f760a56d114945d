import type { ReactNode } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Alert/alert';
import RhUiErrorFillIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-error-fill-icon';
import RhUiWarningFillIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-warning-fill-icon';

interface InlineAlertProps {
  variant: 'danger' | 'warning';
  title: ReactNode;
  children?: ReactNode;
  /** Links or buttons under the text. */
  actions?: ReactNode;
  id?: string;
  className?: string;
}

const variants = {
  danger: { label: 'Danger alert:', Icon: RhUiErrorFillIcon },
  warning: { label: 'Warning alert:', Icon: RhUiWarningFillIcon },
};

/**
 * PatternFly's inline Alert markup and class names (icon, title with its variant for screen readers, text,
 * actions), without the component: it brings Tooltip and Popper for truncated titles the console never uses.
 */
export function InlineAlert({ variant, title, children, actions, id, className }: InlineAlertProps) {
  const { label, Icon } = variants[variant];
  return (
    <div id={id} className={css(styles.alert, styles.modifiers.inline, styles.modifiers[variant], className)}>
      <div className={styles.alertIcon}>
        <Icon />
      </div>
      <h4 className={styles.alertTitle}>
        <span className="pf-v6-screen-reader">{label}</span>
        {title}
      </h4>
      {children && <div className={styles.alertDescription}>{children}</div>}
      {actions && <div className={styles.alertActionGroup}>{actions}</div>}
    </div>
  );
}

import type { ReactNode, Ref } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/MenuToggle/menu-toggle';
import RhMicronsCaretDownFillIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-caret-down-fill-icon';
import RhUiErrorFillIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-error-fill-icon';

export interface MenuToggleLook {
  /** PatternFly's MenuToggle variants the console uses; `default` is the outlined toggle. */
  variant?: 'default' | 'primary' | 'plain' | 'plainText';
  icon?: ReactNode;
  children?: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string | undefined;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
  isDisabled?: boolean | undefined;
  isFullWidth?: boolean;
  /** The text is a placeholder (nothing chosen yet). */
  isPlaceholder?: boolean;
  status?: 'danger' | undefined;
  id?: string;
}

export interface MenuToggleButtonProps extends MenuToggleLook {
  ref?: Ref<HTMLButtonElement>;
  isExpanded: boolean;
  'aria-haspopup': 'menu' | 'listbox';
  'aria-controls'?: string | undefined;
  onClick(): void;
  onKeyDown?(event: React.KeyboardEvent<HTMLButtonElement>): void;
  /** Intent: the pointer or the focus arrived, the menu's code can start loading. */
  onIntent?(): void;
}

/** PatternFly's MenuToggle class names for the toggle's own modifiers. */
export function menuToggleClass({ variant = 'default', isExpanded, isDisabled, isFullWidth, isPlaceholder, status }: MenuToggleLook & { isExpanded: boolean }) {
  const plain = variant === 'plain' || variant === 'plainText';
  return css(
    styles.menuToggle,
    isExpanded && styles.modifiers.expanded,
    variant === 'primary' && styles.modifiers.primary,
    plain && styles.modifiers.plain,
    variant === 'plainText' && styles.modifiers.text,
    status === 'danger' && styles.modifiers.danger,
    isFullWidth && styles.modifiers.fullWidth,
    isDisabled && styles.modifiers.disabled,
    isPlaceholder && styles.modifiers.placeholder,
  );
}

/** The toggle's controls: the status icon and the caret. */
export function MenuToggleControls({ status }: { status?: 'danger' | undefined }) {
  return (
    <span className={styles.menuToggleControls}>
      {status === 'danger' && (
        <span className={styles.menuToggleStatusIcon}>
          <RhUiErrorFillIcon />
        </span>
      )}
      <span className={styles.menuToggleToggleIcon}>
        <RhMicronsCaretDownFillIcon />
      </span>
    </span>
  );
}

/** PatternFly's MenuToggle markup and class names (button, icon, text, status, caret), without the component. */
export function MenuToggleButton({ ref, variant = 'default', icon, children, isExpanded, isDisabled = false, isFullWidth, isPlaceholder, status, onIntent, ...rest }: MenuToggleButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className={menuToggleClass({ variant, isExpanded, isDisabled, isFullWidth, isPlaceholder, status })}
      aria-expanded={isExpanded}
      disabled={isDisabled}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      {...rest}
    >
      {icon && <span className={styles.menuToggleIcon}>{icon}</span>}
      {children && <span className={styles.menuToggleText}>{children}</span>}
      {variant !== 'plain' && <MenuToggleControls status={status} />}
    </button>
  );
}

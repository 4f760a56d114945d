import type { ReactNode, Ref } from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/MenuToggle/menu-toggle';
import RhMicronsCaretDownFillIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-caret-down-fill-icon';

export interface MenuToggleLook {
  /** PatternFly's MenuToggle variants the console uses; `default` is the outlined toggle. */
  variant?: 'default' | 'primary' | 'plain' | 'plainText';
  icon?: ReactNode;
  children?: ReactNode;
  'aria-label'?: string;
  isDisabled?: boolean;
  id?: string;
}

export interface MenuToggleButtonProps extends MenuToggleLook {
  ref?: Ref<HTMLButtonElement>;
  isExpanded: boolean;
  'aria-haspopup': 'menu' | 'listbox';
  onClick(): void;
  onKeyDown?(event: React.KeyboardEvent<HTMLButtonElement>): void;
  /** Intent: the pointer or the focus arrived, the menu's code can start loading. */
  onIntent?(): void;
}

/** PatternFly's MenuToggle markup and class names (button, icon, text, caret), without the component. */
export function MenuToggleButton({ ref, variant = 'default', icon, children, isExpanded, isDisabled = false, onIntent, ...rest }: MenuToggleButtonProps) {
  const plain = variant === 'plain' || variant === 'plainText';
  return (
    <button
      ref={ref}
      type="button"
      className={css(
        styles.menuToggle,
        isExpanded && styles.modifiers.expanded,
        variant === 'primary' && styles.modifiers.primary,
        plain && styles.modifiers.plain,
        variant === 'plainText' && styles.modifiers.text,
        isDisabled && styles.modifiers.disabled,
      )}
      aria-expanded={isExpanded}
      disabled={isDisabled}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      {...rest}
    >
      {icon && <span className={styles.menuToggleIcon}>{icon}</span>}
      {children && <span className={styles.menuToggleText}>{children}</span>}
      {variant !== 'plain' && (
        <span className={styles.menuToggleControls}>
          <span className={styles.menuToggleToggleIcon}>
            <RhMicronsCaretDownFillIcon />
          </span>
        </span>
      )}
    </button>
  );
}

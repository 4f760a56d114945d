import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@patternfly/react-core';
import CloseIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-close-icon';
import backdropStyles from '@patternfly/react-styles/css/components/Backdrop/backdrop';
import styles from '@patternfly/react-styles/css/components/ModalBox/modal-box';
import bullseyeStyles from '@patternfly/react-styles/css/layouts/Bullseye/bullseye';
import { useDialogFocus } from './use-dialog-focus';
import { useModalBackdrop } from './use-modal-backdrop';

interface LightModalProps {
  /** Id of the title element (see `LightModalHeader`). */
  labelId: string;
  variant?: 'small' | 'medium' | 'large';
  className?: string;
  onClose(): void;
  children: ReactNode;
}

const variantClass = { small: styles.modifiers.sm, medium: styles.modifiers.md, large: styles.modifiers.lg } as const;

/**
 * PatternFly's modal markup, rendered in one pass. PatternFly's Modal renders twice on opening (it mounts
 * empty first), measures its title for a truncation tooltip and lets focus-trap scan the dialog: each of
 * these forced a layout before the dialog could paint. Use with PatternFly's ModalBody and ModalFooter.
 */
export function LightModal({ labelId, variant = 'large', className, onClose, children }: LightModalProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useModalBackdrop(backdrop);
  useDialogFocus(dialog, onClose);
  return createPortal(
    <div className={backdropStyles.backdrop} ref={backdrop}>
      <div className={bullseyeStyles.bullseye}>
        <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={labelId} tabIndex={-1} className={[styles.modalBox, variantClass[variant], className].filter(Boolean).join(' ')}>
          <div className={styles.modalBoxClose}>
            <Button variant="plain" aria-label="Close" onClick={onClose} icon={<CloseIcon />} />
          </div>
          {children}
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** PatternFly's modal header without the title's width measurement (its tooltip for truncated titles). */
export function LightModalHeader({ title, labelId, description }: { title: string; labelId: string; description?: string | undefined }) {
  return (
    <header className={styles.modalBoxHeader}>
      <h1 id={labelId} className={styles.modalBoxTitle}>
        <span className={styles.modalBoxTitleText}>{title}</span>
      </h1>
      {description && <div className={styles.modalBoxDescription}>{description}</div>}
    </header>
  );
}

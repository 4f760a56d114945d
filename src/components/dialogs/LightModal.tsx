import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@patternfly/react-core';
import CloseIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-close-icon';
import backdropStyles from '@patternfly/react-styles/css/components/Backdrop/backdrop';
import styles from '@patternfly/react-styles/css/components/ModalBox/modal-box';
import bullseyeStyles from '@patternfly/react-styles/css/layouts/Bullseye/bullseye';
import { canStoreOutOfRendering, PresenceContext } from '../scheduling';
import { createFlagStore } from '../state';
import { useDialogFocus } from './use-dialog-focus';
import { useModalBackdrop } from './use-modal-backdrop';
import './light-modal.css';

interface LightModalProps {
  /** Id of the title element (see `LightModalHeader`). */
  labelId: string;
  variant?: 'small' | 'medium' | 'large';
  className?: string;
  onClose(): void;
  /**
   * `ahead`: rendered before the admin opens it, off the screen and out of rendering (`content-visibility:
   * hidden`): it cannot be seen, reached by the keyboard or read by assistive technology, takes no focus and
   * hides nothing behind it, and its effects have run. Opening it (`shown`) then renders none of it again and
   * finds its styles computed. (`display: none` instead made opening it cost as much as a new dialog.)
   */
  presence?: 'shown' | 'ahead';
  children: ReactNode;
}

const variantClass = { small: styles.modifiers.sm, medium: styles.modifiers.md, large: styles.modifiers.lg } as const;

/**
 * PatternFly's modal markup, rendered in one pass. PatternFly's Modal renders twice on opening (it mounts
 * empty first), measures its title for a truncation tooltip and lets focus-trap scan the dialog: each of
 * these forced a layout before the dialog could paint. Use with PatternFly's ModalBody and ModalFooter.
 */
export function LightModal({ labelId, variant = 'large', className, onClose, presence = 'shown', children }: LightModalProps) {
  const slot = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const shown = presence === 'shown';
  const [presenceStore] = useState(() => createFlagStore(shown));
  const [canStore] = useState(canStoreOutOfRendering);
  useEffect(() => presenceStore.set(shown), [presenceStore, shown]);
  useModalBackdrop(slot, shown);
  useDialogFocus(dialog, onClose, shown);
  return createPortal(
    <div ref={slot} className={shown ? 'light-modal-slot' : 'light-modal-slot light-modal-slot--ahead'} aria-hidden={!shown || undefined} inert={(!shown && !canStore) || undefined}>
      <div className={backdropStyles.backdrop}>
        <div className={bullseyeStyles.bullseye}>
          <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={labelId} tabIndex={-1} className={[styles.modalBox, variantClass[variant], className].filter(Boolean).join(' ')}>
            <div className={styles.modalBoxClose}>
              <Button variant="plain" aria-label="Close" onClick={onClose} icon={<CloseIcon />} />
            </div>
            <PresenceContext value={presenceStore}>{children}</PresenceContext>
          </div>
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

import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@patternfly/react-core';
import CloseIcon from '@patternfly/react-icons/dist/esm/icons/rh-microns-close-icon';
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

const variantClass = { small: 'pf-m-sm', medium: 'pf-m-md', large: 'pf-m-lg' } as const;

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
    <div className="pf-v6-c-backdrop" ref={backdrop}>
      <div className="pf-v6-l-bullseye">
        <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={labelId} tabIndex={-1} className={`pf-v6-c-modal-box ${variantClass[variant]}${className ? ` ${className}` : ''}`}>
          <div className="pf-v6-c-modal-box__close">
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
    <header className="pf-v6-c-modal-box__header">
      <h1 id={labelId} className="pf-v6-c-modal-box__title">
        <span className="pf-v6-c-modal-box__title-text">{title}</span>
      </h1>
      {description && <div className="pf-v6-c-modal-box__description">{description}</div>}
    </header>
  );
}

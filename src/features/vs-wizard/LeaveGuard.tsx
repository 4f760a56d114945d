import { useEffect, type RefObject } from 'react';
import { useBlocker } from '@/components/routing';
import { Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';

export interface LeaveGuardProps {
  /** Ask before leaving while this is true. */
  when: boolean;
  /** Set by the wizard right before it leaves on purpose (saved, discarded): no question then. */
  bypass: RefObject<boolean>;
  /** Called when the admin chooses to leave: the draft is discarded. */
  onDiscard(): void;
}

interface DiscardDialogProps {
  onStay(): void;
  onLeave(): void;
}

function DiscardDialog({ onStay, onLeave }: DiscardDialogProps) {
  return (
    <Modal isOpen variant="small" aria-labelledby="leave-title" aria-describedby="leave-body" onClose={onStay}>
      <ModalHeader title="Discard changes?" labelId="leave-title" titleIconVariant="warning" />
      <ModalBody id="leave-body">
        <Content component="p">The virtual service has not been saved. If you leave the wizard now, your changes are discarded.</Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={onLeave}>
          Discard changes
        </Button>
        <Button variant="link" onClick={onStay}>
          Stay
        </Button>
      </ModalFooter>
    </Modal>
  );
}

/** In-app navigation (links, `navigate()`) to another page is held until the admin chooses. */
function NavigationGuard({ when, bypass, onDiscard }: LeaveGuardProps) {
  const blocker = useBlocker(({ currentPathname, nextPathname }) => when && !bypass.current && currentPathname !== nextPathname);
  if (blocker.state !== 'blocked') return null;
  return (
    <DiscardDialog
      onStay={blocker.reset}
      onLeave={() => {
        onDiscard();
        blocker.proceed();
      }}
    />
  );
}

/**
 * Leaving the wizard with unsaved changes asks first: a route change inside the console shows a dialog,
 * closing or reloading the tab the browser's own prompt (the draft survives a reload anyway).
 */
export function LeaveGuard({ when, bypass, onDiscard }: LeaveGuardProps) {
  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (bypass.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when, bypass]);
  return <NavigationGuard when={when} bypass={bypass} onDiscard={onDiscard} />;
}

import { useEffect, type RefObject } from 'react';
import { useBlocker } from '@/components/routing';
import { DiscardDialog } from './lazy-discard-dialog';

export interface LeaveGuardProps {
  /** Ask before leaving while this is true. */
  when: boolean;
  /** Set by the wizard right before it leaves on purpose (saved, discarded): no question then. */
  bypass: RefObject<boolean>;
  /** Called when the admin chooses to leave: the draft is discarded. */
  onDiscard(): void;
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

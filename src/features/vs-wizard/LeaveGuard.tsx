import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { UNSAFE_DataRouterContext, UNSAFE_NavigationContext, useBlocker, useLocation } from 'react-router';
import { DiscardDialog } from './lazy-discard-dialog';

export interface LeaveGuardProps {
  /** Ask before leaving while this is true. */
  when: boolean;
  /** Set by the wizard right before it leaves on purpose (saved, discarded): no question then. */
  bypass: RefObject<boolean>;
  /** Called when the admin chooses to leave: the draft is discarded. */
  onDiscard(): void;
}

/** With a data router: `useBlocker` holds any navigation, including the browser's back button. */
function DataRouterGuard({ when, bypass, onDiscard }: LeaveGuardProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && !bypass.current && currentLocation.pathname !== nextLocation.pathname);
  if (blocker.state !== 'blocked') return null;
  return (
    <DiscardDialog
      onStay={() => blocker.reset()}
      onLeave={() => {
        onDiscard();
        blocker.proceed();
      }}
    />
  );
}

type HistoryNavigator = { push: (...args: unknown[]) => void; replace: (...args: unknown[]) => void };

/** With `<BrowserRouter>`: in-app navigation (links, `navigate()`) goes through the navigator, which is held here. */
function NavigatorGuard({ when, bypass, onDiscard }: LeaveGuardProps) {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [pending, setPending] = useState<(() => void) | undefined>();
  const whenRef = useRef(when);
  const here = useLocation().pathname;
  const hereRef = useRef(here);
  useLayoutEffect(() => {
    whenRef.current = when;
    hereRef.current = here;
  }, [when, here]);

  useEffect(() => {
    const nav = navigator as unknown as HistoryNavigator;
    const { push, replace } = nav;
    const hold =
      (original: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        const to = args[0];
        const path = typeof to === 'string' ? to.split(/[?#]/)[0] : (to as { pathname?: string } | undefined)?.pathname;
        if (!whenRef.current || bypass.current || path === undefined || path === hereRef.current) {
          original.apply(nav, args);
          return;
        }
        setPending(() => () => original.apply(nav, args));
      };
    Reflect.set(nav, 'push', hold(push));
    Reflect.set(nav, 'replace', hold(replace));
    return () => {
      Reflect.set(nav, 'push', push);
      Reflect.set(nav, 'replace', replace);
    };
  }, [navigator, bypass]);

  const stay = useCallback(() => setPending(undefined), []);
  if (!pending) return null;
  return (
    <DiscardDialog
      onStay={stay}
      onLeave={() => {
        onDiscard();
        whenRef.current = false;
        setPending(undefined);
        pending();
      }}
    />
  );
}

/**
 * Leaving the wizard with unsaved changes asks first: a route change inside the console shows a dialog,
 * closing or reloading the tab the browser's own prompt (the draft survives a reload anyway).
 */
export function LeaveGuard({ when, bypass, onDiscard }: LeaveGuardProps) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
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
  return dataRouter ? <DataRouterGuard when={when} bypass={bypass} onDiscard={onDiscard} /> : <NavigatorGuard when={when} bypass={bypass} onDiscard={onDiscard} />;
}

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/api/client';
import { ApiError } from '@/api/errors';
import { SessionContext, type SessionValue } from './session-context';
import { applyToClient, takeStartupSession, verifySession } from './session-boot';
import { loadStoredSession, saveStoredSession, sessionFromLogin, type StoredSession } from './session-model';

/** Needed only once a session expires: kept out of the first download. */
const ReauthDialog = lazy(() => import('./ReauthDialog'));

/**
 * Holds who is signed in and which tenant is selected. The state survives a reload (it is kept in
 * storage) and is checked with the controller on load. A 401/419 on any later call opens a sign-in dialog
 * over the current page; the interrupted call runs again once the admin signed in, so no draft is lost.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<StoredSession | undefined>(takeStartupSession);
  const [verifying, setVerifying] = useState(() => session !== undefined);
  const [reauth, setReauth] = useState<{ resolve: (signedIn: boolean) => void }>();
  /** The session for callbacks that outlive a render (the 401 handler); `update` keeps it current. */
  const sessionRef = useRef(session);

  const update = useCallback((next: StoredSession | undefined) => {
    applyToClient(next);
    saveStoredSession(next);
    sessionRef.current = next;
    setSession(next);
  }, []);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const login = await apiClient.login(username, password);
      update(sessionFromLogin(login, loadStoredSession()));
    },
    [update],
  );

  useEffect(() => {
    if (!verifying || !sessionRef.current) return;
    let cancelled = false;
    void verifySession(sessionRef.current).then((result) => {
      if (cancelled) return;
      update(result);
      setVerifying(false);
    });
    return () => {
      cancelled = true;
    };
  }, [verifying, update]);

  useEffect(() => {
    apiClient.setUnauthorizedHandler(() => {
      if (!sessionRef.current) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => setReauth({ resolve }));
    });
    return () => apiClient.setUnauthorizedHandler(undefined);
  }, []);

  const finishReauth = useCallback(
    (signedIn: boolean) => {
      reauth?.resolve(signedIn);
      setReauth(undefined);
      if (!signedIn) update(undefined);
    },
    [reauth, update],
  );

  const signOut = useCallback(async () => {
    try {
      await apiClient.logout();
    } catch (error) {
      // An expired session is signed out already; anything else is still worth a try locally.
      if (!(error instanceof ApiError)) console.warn('Sign-out did not reach the controller', error);
    } finally {
      update(undefined);
      queryClient.clear();
    }
  }, [queryClient, update]);

  const switchTenant = useCallback(
    (name: string) => {
      const current = sessionRef.current;
      if (!current || current.tenant === name) return;
      update({ ...current, tenant: name });
    },
    [update],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status: session ? 'signed-in' : 'signed-out',
      user: session?.user,
      readOnly: !session || session.user.readOnly,
      tenant: session?.tenant ?? 'admin',
      tenants: session?.tenants ?? [],
      controllerVersion: session?.controllerVersion,
      verifying,
      signIn,
      signOut,
      switchTenant,
    }),
    [session, verifying, signIn, signOut, switchTenant],
  );

  return (
    <SessionContext.Provider value={value}>
      {children}
      {reauth && session && (
        <Suspense fallback={null}>
          <ReauthDialog
            username={session.user.username}
            onSignIn={async (password) => {
              await signIn(session.user.username, password);
              finishReauth(true);
            }}
            onCancel={() => finishReauth(false)}
          />
        </Suspense>
      )}
    </SessionContext.Provider>
  );
}

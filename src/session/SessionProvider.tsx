import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/api/client';
import { SessionContext, type SessionValue } from './session-context';
import { loadStoredSession, saveStoredSession, sessionUserFrom, type StoredSession } from './session-model';

function applyToClient(session: StoredSession | undefined): void {
  const configured = import.meta.env.VITE_AVI_API_VERSION as string | undefined;
  if (session) {
    apiClient.apiVersion = configured || session.controllerVersion;
    apiClient.tenant = session.tenant;
  }
}

/**
 * Holds who is signed in and which tenant is selected. The state survives a reload (it is kept in
 * storage); the controller remains the judge: a 401 anywhere brings the sign-in back.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<StoredSession | undefined>(() => {
    const stored = loadStoredSession();
    applyToClient(stored);
    return stored;
  });

  const update = useCallback((next: StoredSession | undefined) => {
    applyToClient(next);
    saveStoredSession(next);
    setSession(next);
  }, []);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const login = await apiClient.login(username, password);
      const user = sessionUserFrom(login);
      const tenants = (login.tenants ?? []).map((t) => t.name);
      const previous = loadStoredSession();
      const keepTenant = previous && previous.user.username === user.username && tenants.includes(previous.tenant);
      update({
        user,
        controllerVersion: login.version.Version,
        tenants: tenants.length > 0 ? tenants : [user.defaultTenant],
        tenant: keepTenant ? previous.tenant : user.defaultTenant,
      });
    },
    [update],
  );

  const signOut = useCallback(async () => {
    try {
      await apiClient.logout();
    } finally {
      update(undefined);
      queryClient.clear();
    }
  }, [queryClient, update]);

  const switchTenant = useCallback(
    (name: string) => {
      if (!session || session.tenant === name) return;
      update({ ...session, tenant: name });
      void queryClient.invalidateQueries();
    },
    [queryClient, session, update],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status: session ? 'signed-in' : 'signed-out',
      user: session?.user,
      readOnly: !session || session.user.readOnly,
      tenant: session?.tenant ?? 'admin',
      tenants: session?.tenants ?? [],
      controllerVersion: session?.controllerVersion,
      signIn,
      signOut,
      switchTenant,
    }),
    [session, signIn, signOut, switchTenant],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

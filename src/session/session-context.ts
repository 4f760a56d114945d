import { createContext, useContext } from 'react';
import type { SessionUser } from './session-model';

export interface SessionValue {
  status: 'signed-out' | 'signed-in';
  user: SessionUser | undefined;
  /** True while no write may be offered: read-only user, or signed out. */
  readOnly: boolean;
  tenant: string;
  tenants: string[];
  controllerVersion: string | undefined;
  /** True after a reload while the stored session is being checked with the controller. */
  verifying: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchTenant(name: string): void;
}

export const SessionContext = createContext<SessionValue | undefined>(undefined);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}

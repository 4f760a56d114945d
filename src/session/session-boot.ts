import { apiClient } from '@/api/client';
import { loadStoredSession, type StoredSession } from './session-model';
import { verifyStoredSession } from './verify-session';

/** Points the API client at the session's tenant and controller version. */
export function applyToClient(session: StoredSession | undefined): void {
  const configured = import.meta.env.VITE_AVI_API_VERSION as string | undefined;
  if (session) {
    apiClient.apiVersion = configured || session.controllerVersion;
    apiClient.tenant = session.tenant;
  }
}

let startup: { session: StoredSession | undefined; check: Promise<StoredSession | undefined> | undefined; checked?: boolean; taken?: boolean } | undefined;

/**
 * The session stored before this page loaded, read once and applied to the API client. With `check`, its
 * check with the controller starts right away, in parallel with the page's code and data, instead of after
 * the first render (not in demo mode, where the controller only answers once the app started it).
 */
export function startupSession(options: { check?: boolean } = {}): StoredSession | undefined {
  if (!startup) {
    const session = loadStoredSession();
    applyToClient(session);
    startup = { session, check: undefined };
  }
  if (options.check && startup.session && !startup.checked) {
    startup.checked = true;
    startup.check = verifyStoredSession(startup.session);
  }
  return startup.session;
}

/** For the session provider's first state: the startup session the first time, the stored one after that (e.g. a remount). */
export function takeStartupSession(): StoredSession | undefined {
  const session = startupSession();
  if (startup && !startup.taken) {
    startup.taken = true;
    return session;
  }
  const stored = loadStoredSession();
  applyToClient(stored);
  return stored;
}

/** The check of `session`: the one started at startup when it is that session (used once), else a new one. */
export function verifySession(session: StoredSession): Promise<StoredSession | undefined> {
  if (startup?.session === session && startup.check) {
    const { check } = startup;
    startup.check = undefined;
    return check;
  }
  return verifyStoredSession(session);
}

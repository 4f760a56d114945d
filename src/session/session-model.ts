import type { LoginResponse } from '@/api/types';

/** Who is signed in, as the console needs to know it. Persisted per browser tab across reloads. */
export interface SessionUser {
  username: string;
  fullName: string;
  /** Human role name, e.g. "System-Admin" or "Read-Only". */
  role: string;
  /** Read-only users see no enabled write controls. */
  readOnly: boolean;
  defaultTenant: string;
}

export interface StoredSession {
  user: SessionUser;
  controllerVersion: string;
  tenants: string[];
  tenant: string;
}

/**
 * Roles that cannot change configuration: the controller's built-in Application-Operator role (read access
 * to applications only) and custom roles named as read-only/viewer/auditor.
 */
const READ_ONLY_ROLE = /read[-_ ]?only|view(er)?|auditor|^application[-_ ]operator$/i;

function lastSegmentName(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const hash = ref.indexOf('#');
  if (hash >= 0) return decodeURIComponent(ref.slice(hash + 1));
  return undefined;
}

/**
 * Reads the login response. A superuser can write; otherwise the role names decide (a controller returns
 * `access[].role_ref` with `#name`). Unknown roles are treated as writable and the controller's 403 is shown.
 */
export function sessionUserFrom(login: LoginResponse): SessionUser {
  const user = login.user;
  const roles = (user.access ?? []).map((a) => lastSegmentName(a.role_ref)).filter((r): r is string => !!r);
  const superuser = user.is_superuser === true;
  const role = superuser ? 'System-Admin' : (roles[0] ?? 'User');
  const readOnly = !superuser && roles.length > 0 && roles.every((r) => READ_ONLY_ROLE.test(r));
  const defaultTenant = lastSegmentName(user.default_tenant_ref) ?? tenantFromRef(user.default_tenant_ref) ?? 'admin';
  return {
    username: user.username,
    fullName: user.full_name || user.name || user.username,
    role,
    readOnly,
    defaultTenant,
  };
}

function tenantFromRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const match = /\/api\/tenant\/([^/#?]+)/.exec(ref);
  return match?.[1] === 'admin' ? 'admin' : undefined;
}

/** The session to keep after a successful login; the tenant chosen before stays when the same user signs in again. */
export function sessionFromLogin(login: LoginResponse, previous: StoredSession | undefined): StoredSession {
  const user = sessionUserFrom(login);
  const tenants = (login.tenants ?? []).map((t) => t.name);
  const keepTenant = previous !== undefined && previous.user.username === user.username && tenants.includes(previous.tenant);
  return {
    user,
    controllerVersion: login.version.Version,
    tenants: tenants.length > 0 ? tenants : [user.defaultTenant],
    tenant: keepTenant ? previous.tenant : tenants.includes(user.defaultTenant) || tenants.length === 0 ? user.defaultTenant : tenants[0]!,
  };
}

const STORAGE_KEY = 'console.session.v1';

export function loadStoredSession(): StoredSession | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY) ?? localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

export function saveStoredSession(session: StoredSession | undefined): void {
  try {
    if (session) {
      const raw = JSON.stringify(session);
      sessionStorage.setItem(STORAGE_KEY, raw);
      localStorage.setItem(STORAGE_KEY, raw);
    } else {
      sessionStorage.removeItem(STORAGE_KEY);
      localStorage.removeItem(STORAGE_KEY);
    }
  } catch {
    // Storage may be unavailable (private mode); the session then lasts for this page only.
  }
}

import { ApiError, ConcurrentChangeError, ControllerUnreachableError } from '@/api/errors';

export interface Problem {
  title: string;
  /** The controller's own words, or what to do. Plain text. */
  detail: string;
  kind: 'forbidden' | 'expired' | 'not-found' | 'conflict' | 'unreachable' | 'refused' | 'unknown';
}

/** Explains an error to the admin: what happened and, when the controller said why, its message. */
export function describeProblem(error: unknown): Problem {
  if (error instanceof ConcurrentChangeError) return { kind: 'conflict', title: 'Changed by someone else', detail: error.message };
  if (error instanceof ControllerUnreachableError) return { kind: 'unreachable', title: 'Controller unreachable', detail: error.message };
  if (error instanceof ApiError) {
    if (error.isForbidden && /referred by|in use|system default/i.test(error.message)) {
      return { kind: 'refused', title: 'The controller refused the request (403)', detail: error.message };
    }
    if (error.isForbidden) {
      return {
        kind: 'forbidden',
        title: 'Not permitted',
        detail: `Your role does not allow this in the current tenant. The controller said: ${error.message}`,
      };
    }
    if (error.isUnauthorized) return { kind: 'expired', title: 'Session expired', detail: 'Sign in again to continue.' };
    if (error.isNotFound) return { kind: 'not-found', title: 'Not found', detail: error.message };
    if (error.status >= 502 && error.status <= 504) {
      return { kind: 'unreachable', title: 'Controller unreachable', detail: `The proxy could not reach the controller (${error.status}). ${error.message}` };
    }
    return { kind: 'refused', title: `The controller refused the request (${error.status})`, detail: error.message };
  }
  return { kind: 'unknown', title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}

import { apiClient } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { StoredSession } from './session-model';

/**
 * After a reload the stored session may have expired on the controller. One cheap call tells: 401/419
 * means sign in again (undefined); any other answer keeps the session (pages show their own errors).
 */
export async function verifyStoredSession(session: StoredSession): Promise<StoredSession | undefined> {
  try {
    await apiClient.request('GET', '/api/tenant', { query: { fields: 'name', page_size: 1 }, skipReauth: true });
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthorized) return undefined;
    return session;
  }
}

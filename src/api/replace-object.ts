import { objectTypeFacts } from '@/domain/model/object-type-facts';
import type { ObjectType } from '@/domain/model/object-type-names';
import { apiClient } from './client';
import { ConcurrentChangeError } from './errors';
import type { ObjectOf } from './object-types';

interface Versioned {
  uuid?: string | undefined;
  name: string;
  _last_modified?: string | undefined;
}

/**
 * PUT of an edited object, unless someone changed it since it was loaded. The controller does not lock:
 * a fresh GET compares `_last_modified` first; a mismatch throws `ConcurrentChangeError` with the current
 * version instead of overwriting it.
 */
export async function replaceObject<T extends ObjectType>(type: T, loaded: ObjectOf<T> & Versioned, edited: ObjectOf<T>): Promise<ObjectOf<T>> {
  const uuid = loaded.uuid;
  if (!uuid) throw new Error(`Cannot save ${objectTypeFacts[type].label} "${loaded.name}": it has no uuid.`);
  const current = await apiClient.get<ObjectOf<T> & Versioned>(type, uuid);
  if (current._last_modified !== loaded._last_modified) {
    throw new ConcurrentChangeError(`${objectTypeFacts[type].label} "${loaded.name}"`, current);
  }
  return apiClient.replace<ObjectOf<T>>(type, uuid, edited);
}

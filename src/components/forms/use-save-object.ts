import { useQueryClient } from '@tanstack/react-query';
import type { ObjectOf } from '@/api/object-types';
import { invalidateTypes } from '@/api/queries';
import { replaceObject } from '@/api/replace-object';
import type { ObjectType } from '@/domain/model';
import { useSession } from '@/session';
import { useNotify } from '../feedback';

/**
 * Saves an edited object (PUT after the concurrent-change check), refreshes what shows it and says so.
 * Failures are thrown for the caller's form or dialog to show next to what was being edited.
 */
export function useSaveObject<T extends ObjectType>(type: T, alsoRefresh: ObjectType[] = []) {
  const queryClient = useQueryClient();
  const { tenant } = useSession();
  const notify = useNotify();
  return async (loaded: ObjectOf<T>, edited: ObjectOf<T>, success: string): Promise<ObjectOf<T>> => {
    const saved = await replaceObject(type, loaded as ObjectOf<T> & { name: string }, edited);
    notify.success(success);
    await invalidateTypes(queryClient, tenant, type, ...alsoRefresh);
    return saved;
  };
}

import { useState } from 'react';
import { apiClient } from '@/api/client';
import type { ObjectOf } from '@/api/object-types';
import type { ObjectType } from '@/domain/model';
import { useNotify } from '../feedback';

/**
 * Opens an editor on a fresh, raw copy of an object (no `include_name`, every field): the edit starts
 * from exactly what the controller holds.
 */
export function useEditTarget<T extends ObjectType>(type: T) {
  const notify = useNotify();
  const [target, setTarget] = useState<ObjectOf<T>>();
  const open = async (uuid: string, name: string) => {
    try {
      setTarget(await apiClient.get<ObjectOf<T>>(type, uuid));
    } catch (error) {
      notify.error(`Could not load "${name}" for editing`, error);
    }
  };
  return { target, open, close: () => setTarget(undefined) };
}

import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { allObjectsQuery } from '@/api/queries';
import type { ObjectOf } from '@/api/object-types';
import type { ObjectType } from '@/domain/model';
import { useSession } from '@/session';
import type { SelectChoice } from './form-fields';

/** A small collection (profiles of a kind, SE groups, networks…) as choices: value = the object's ref (its url). */
export function useRefOptions<T extends ObjectType>(type: T, filter?: (object: ObjectOf<T>) => boolean, label?: (object: ObjectOf<T>) => string) {
  const { tenant } = useSession();
  const query = useQuery(allObjectsQuery(tenant, type));
  const options = useMemo<SelectChoice[]>(
    () =>
      (query.data?.results ?? [])
        .filter((object) => !filter || filter(object))
        .map((object) => {
          const o = object as ObjectOf<T> & { url?: string; uuid?: string; name: string };
          return { value: o.url ?? `/api/${type}/${o.uuid}`, label: label ? label(object) : o.name };
        }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filter and label are pure functions of the object
    [query.data, type],
  );
  return { options, objects: query.data?.results ?? [], isLoading: query.isPending, error: query.error };
}

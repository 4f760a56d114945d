import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { objectsByUuidQuery } from '@/api/queries';
import { parseRef, type ObjectType } from '@/domain/model';
import { useSession } from '@/session';

/** Every `*_ref` string in a JSON value. */
export function collectRefs(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string' && (key.endsWith('_ref') || key.endsWith('_refs'))) out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectRefs(item, key, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) collectRefs(v, k, out);
  return out;
}

/** Names of the objects refs point to when the refs do not carry them (`#name`, `?name=`): fetched per type in one request each. */
export function useRefNames(refs: readonly string[]): (ref: string) => string | undefined {
  const { tenant } = useSession();
  const byType = useMemo(() => {
    const map = new Map<ObjectType, Set<string>>();
    for (const ref of refs) {
      const parsed = parseRef(ref);
      if (parsed?.kind !== 'uuid' || parsed.name) continue;
      if (!map.has(parsed.type)) map.set(parsed.type, new Set());
      map.get(parsed.type)!.add(parsed.uuid);
    }
    return [...map.entries()].map(([type, uuids]) => ({ type, uuids: [...uuids] }));
  }, [refs]);
  const results = useQueries({ queries: byType.map(({ type, uuids }) => objectsByUuidQuery(tenant, type, uuids, ['name'])) });
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const result of results) for (const object of result.data?.results ?? []) if (object.uuid) map.set(object.uuid, object.name);
    return map;
  }, [results]);
  return (ref) => {
    const parsed = parseRef(ref);
    if (!parsed) return undefined;
    if (parsed.kind === 'name') return parsed.name;
    return parsed.name ?? names.get(parsed.uuid);
  };
}

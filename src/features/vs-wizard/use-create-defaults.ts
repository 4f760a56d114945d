import { useQueries } from '@tanstack/react-query';
import { usePainted } from '@/components/scheduling';
import { useSession } from '@/session';
import type { CreateDefaults } from './model/late-defaults';
import { CREATE_DEFAULTS as DEFAULTS, createDefaultQueries } from './wizard-queries';

/**
 * Refs of the default objects by name (empty where a controller has no such object); undefined while loading.
 * Asked for once the wizard has been painted: they fill sections below its first field, and their answers
 * would otherwise be taken in before the first field can take input.
 */
export function useCreateDefaults(): CreateDefaults | undefined {
  const { tenant } = useSession();
  const painted = usePainted();
  const results = useQueries({ queries: painted ? createDefaultQueries(tenant) : [] });
  if (!painted || results.some((r) => r.isPending)) return undefined;
  const ref = (index: number) => {
    const object = results[index]?.data?.results[0] as { url?: string; uuid?: string } | undefined;
    return object?.url ?? (object?.uuid ? `/api/${DEFAULTS[index]![0]}/${object.uuid}` : '');
  };
  return { applicationProfileRef: ref(0), networkProfileRef: ref(1), analyticsProfileRef: ref(2), seGroupRef: ref(3) };
}

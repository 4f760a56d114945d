import type { z } from 'zod';
import type { ObjectType } from '@/domain/model/object-type-names';

/**
 * The domain's schemas (and zod) in the mock controller: loaded on the first request that validates a body or
 * filters a list by a field, not with the controller. Reads need no schema, so the browser demo answers the
 * console's first page without downloading or building them; the controller awaits `loadSchemas()` before
 * routing a request that needs them, and the rest of the code reads them synchronously.
 */
let loaded: Record<ObjectType, z.ZodType> | undefined;
const fieldsCache = new Map<ObjectType, Set<string>>();

export async function loadSchemas(): Promise<void> {
  loaded ??= (await import('@/domain/model/object-schemas')).objectSchemas;
}

function schemas(): NonNullable<typeof loaded> {
  if (!loaded) throw new Error('mock controller: the schemas are not loaded (await loadSchemas() first).');
  return loaded;
}

/** The schema of an object type's bodies. */
export function schemaOf(type: ObjectType): z.ZodType {
  return schemas()[type];
}

/** An object type's top-level fields: what a list can be filtered by (`?field=value`). */
export function schemaFields(type: ObjectType): Set<string> {
  let fields = fieldsCache.get(type);
  if (!fields) {
    const schema = schemaOf(type) as unknown as { shape?: Record<string, unknown> };
    fields = new Set(Object.keys(schema.shape ?? {}));
    fieldsCache.set(type, fields);
  }
  return fields;
}

import type { z } from 'zod';
import { objectTypeFacts, type ObjectTypeFacts } from './object-type-facts';
import { objectTypes, type ObjectType } from './object-type-names';
import { objectSchemas } from './object-schemas';

export { isObjectType, objectTypes, type ObjectType } from './object-type-names';
export { objectTypeFacts, type ObjectTypeFacts, type RefField } from './object-type-facts';

export interface ObjectTypeInfo extends ObjectTypeFacts {
  schema: z.ZodType;
}

/** Each object type's facts and its schema. */
export const objectTypeInfo = Object.fromEntries(objectTypes.map((type) => [type, { ...objectTypeFacts[type], schema: objectSchemas[type] }])) as Record<ObjectType, ObjectTypeInfo>;

/**
 * The object types the console and the mock controller cover: their names (`object-type-names.ts`) and what is
 * known of each without its schema (`object-type-facts.ts`). Their schemas are `object-schemas.ts`, imported
 * only where bodies are validated, so that code which needs no validation does not download zod.
 */
export { isObjectType, objectTypes, type ObjectType } from './object-type-names';
export { objectTypeFacts, type ObjectTypeFacts, type RefField } from './object-type-facts';

/**
 * The object type names without their schemas: what ref parsing and the API client need, kept apart from
 * `object-types.ts` so that code which only handles refs does not download the schemas (and zod).
 */

/** The REST collection names (`/api/<type>`) the console and the mock controller cover. */
export const objectTypes = [
  'tenant',
  'cloud',
  'vrfcontext',
  'network',
  'serviceenginegroup',
  'applicationprofile',
  'networkprofile',
  'healthmonitor',
  'pool',
  'vsvip',
  'virtualservice',
  'analyticsprofile',
  'sslprofile',
  'sslkeyandcertificate',
  'httppolicyset',
  'networksecuritypolicy',
] as const;
export type ObjectType = (typeof objectTypes)[number];

export function isObjectType(value: string): value is ObjectType {
  return (objectTypes as readonly string[]).includes(value);
}

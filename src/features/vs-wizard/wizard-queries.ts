import type { QueryClient } from '@tanstack/react-query';
import { prefetch } from '@/api/prefetch';
import { allObjectsQuery, listQuery } from '@/api/queries';
import type { ObjectType } from '@/domain/model/object-type-names';

/** The objects a new virtual service starts with, as the controller would choose them by default. */
export const CREATE_DEFAULTS: [ObjectType, string][] = [
  ['applicationprofile', 'System-HTTP'],
  ['networkprofile', 'System-TCP-Proxy'],
  ['analyticsprofile', 'System-Analytics-Profile'],
  ['serviceenginegroup', 'Default-Group'],
];

export function createDefaultQueries(tenant: string) {
  return CREATE_DEFAULTS.map(([type, name]) => listQuery(tenant, type, { name, include_name: true }));
}

/** The collections the steps after Settings offer as choices. */
const LATER_STEP_COLLECTIONS: ObjectType[] = ['networksecuritypolicy', 'httppolicyset', 'analyticsprofile', 'sslprofile', 'sslkeyandcertificate'];

/** Asked for while the admin fills Settings, so that Next shows the following step with its choices in one go. */
export function prefetchLaterSteps(client: QueryClient, tenant: string): void {
  for (const type of LATER_STEP_COLLECTIONS) void prefetch(client, allObjectsQuery(tenant, type));
}

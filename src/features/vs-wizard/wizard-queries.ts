import type { QueryClient } from '@tanstack/react-query';
import { prefetch } from '@/api/prefetch';
import { allObjectsQuery, listQuery, objectsByUuidQuery } from '@/api/queries';
import type { ObjectType } from '@/domain/model/object-type-names';
import { refUuid } from '@/domain/model/refs';

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

/** The small collections the client-IP rules read (see `usePlacementResolver`). */
const RULE_COLLECTIONS: ObjectType[] = ['serviceenginegroup', 'vrfcontext', 'cloud', 'network'];

/**
 * What the Create Virtual Service wizard needs before its first field can take input (the default objects),
 * and then for its rules (the default profile and the small collections), asked for as soon as the wizard is
 * about to open: on a cold load of its URL, or when the admin opens the Create Virtual Service menu.
 */
export function prefetchCreateWizard(client: QueryClient, tenant: string): void {
  const [profileDefault] = createDefaultQueries(tenant).map((query) => prefetch(client, query));
  for (const type of RULE_COLLECTIONS) void prefetch(client, allObjectsQuery(tenant, type));
  void profileDefault?.then((answer) => {
    const uuid = refUuid((answer?.results[0] as { url?: string } | undefined)?.url);
    if (uuid) void prefetch(client, objectsByUuidQuery(tenant, 'applicationprofile', [uuid]));
  });
}

/** The collections the steps after Settings offer as choices. */
const LATER_STEP_COLLECTIONS: ObjectType[] = ['networksecuritypolicy', 'httppolicyset', 'analyticsprofile', 'sslprofile', 'sslkeyandcertificate'];

/** Asked for while the admin fills Settings, so that Next shows the following step with its choices in one go. */
export function prefetchLaterSteps(client: QueryClient, tenant: string): void {
  for (const type of LATER_STEP_COLLECTIONS) void prefetch(client, allObjectsQuery(tenant, type));
}

import { lazyMenu } from '@/components/menus';
import { useSession } from '@/session';

const TenantSelect = lazyMenu(() => import('./TenantSelect'));

/** Chooses the tenant sent as `X-Avi-Tenant`. */
export function TenantSwitcher() {
  const { tenant, tenants } = useSession();
  return <TenantSelect popup="listbox" toggle={{ children: `Tenant: ${tenant}`, isDisabled: tenants.length < 2 }} menu={{}} />;
}

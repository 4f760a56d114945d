import { Link } from '@/components/routing';
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { countQuery } from '@/api/queries';
import { useSession } from '@/session';

/** How many virtual services use a profile: one `refers_to` count request, cheap at any collection size. */
export function ProfileUsageCount({ uuid, name }: { uuid: string; name: string }) {
  const { tenant } = useSession();
  const count = useQuery(countQuery(tenant, 'virtualservice', { refers_to: `applicationprofile:${uuid}` }));
  if (count.isPending) return <Skeleton width="2ch" screenreaderText={`Counting virtual services using ${name}`} />;
  if (count.error) return <span>unknown</span>;
  return count.data === 0 ? <span>0</span> : <Link to={paths.virtualServicesUsing('applicationprofile', uuid, name)} aria-label={`${count.data} virtual services use ${name}`}>{count.data}</Link>;
}

import { Link, useParams } from '@/components/routing';
import { useQuery } from '@tanstack/react-query';
import {
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Grid,
  GridItem,
  PageSection,
  Spinner,
} from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { rawObjectQuery } from '@/api/queries';
import { ErrorAlert } from '@/components/feedback';
import { RoutingStateLabel } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { haModeLabels, refName } from '@/domain/model';
import { useSession } from '@/session';
import { RoutingEditor } from './RoutingEditor';
import { useHostedPlacements } from './use-hosted-placements';

export default function ServiceEngineGroupPage() {
  const { uuid = '' } = useParams();
  const { tenant } = useSession();
  const groupQuery = useQuery(rawObjectQuery(tenant, 'serviceenginegroup', uuid));
  const group = groupQuery.data;
  const hosted = useHostedPlacements(group);

  const breadcrumb = (
    <Breadcrumb>
      <BreadcrumbItem render={({ className }) => <Link className={className} to={paths.seGroups}>Service Engine Groups</Link>} />
      <BreadcrumbItem isActive>{group?.name ?? uuid}</BreadcrumbItem>
    </Breadcrumb>
  );
  if (groupQuery.isPending) {
    return (
      <PageSection>
        <Bullseye>
          <Spinner aria-label="Loading Service Engine group" />
        </Bullseye>
      </PageSection>
    );
  }
  if (!group) {
    return (
      <>
        <PageHeader title="Service Engine Group" breadcrumb={breadcrumb} />
        <PageSection>
          <ErrorAlert error={groupQuery.error} title="Could not load the Service Engine group" />
        </PageSection>
      </>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={group.name}
        description={group.description ?? 'IP routing lets the Service Engines act as the back-end servers\u2019 default gateway, which Preserve Client IP needs.'}
      />
      <PageSection>
        <Grid hasGutter>
          <GridItem lg={7}>
            <Card>
              <CardTitle component="h2">IP routing and its prerequisites</CardTitle>
              <CardBody>
                <RoutingEditor key={group._last_modified ?? ''} loaded={group} hosted={hosted} onReload={() => void groupQuery.refetch()} />
              </CardBody>
            </Card>
          </GridItem>
          <GridItem lg={5}>
            <Card>
              <CardTitle component="h2">Details</CardTitle>
              <CardBody>
                <DescriptionList isCompact isHorizontal>
                  <DescriptionListGroup>
                    <DescriptionListTerm>IP routing</DescriptionListTerm>
                    <DescriptionListDescription>
                      <RoutingStateLabel enabled={group.enable_routing} />
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>HA mode</DescriptionListTerm>
                    <DescriptionListDescription>{haModeLabels[group.ha_mode] ?? group.ha_mode}</DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Virtual services</DescriptionListTerm>
                    <DescriptionListDescription>
                      {hosted.isLoading ? (
                        <Spinner size="sm" aria-label="Counting virtual services" />
                      ) : (
                        <Link to={paths.virtualServicesUsing('serviceenginegroup', uuid, group.name)}>
                          {hosted.hostedCount} virtual service{hosted.hostedCount === 1 ? '' : 's'}
                          {hosted.preserving.length > 0 ? `, ${hosted.preserving.length}${hosted.complete ? '' : '+'} preserving the client IP` : ''}
                        </Link>
                      )}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Cloud</DescriptionListTerm>
                    <DescriptionListDescription>
                      {hosted.environment?.cloud ? `${hosted.environment.cloud.name} (${hosted.environment.cloud.vtype})` : (refName(group.cloud_ref) ?? '—')}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Service Engines</DescriptionListTerm>
                    <DescriptionListDescription>
                      {group.min_se ?? 1} to {group.max_se ?? 10}, up to {group.max_vs_per_se ?? 10} virtual services each
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Directly connected networks</DescriptionListTerm>
                    <DescriptionListDescription>
                      {(hosted.environment?.networks ?? [])
                        .map((n) => `${n.name} (${(n.configured_subnets ?? []).map((s) => `${s.prefix.ip_addr.addr}/${s.prefix.mask}`).join(', ') || 'no subnets'})`)
                        .join('; ') || '—'}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                </DescriptionList>
              </CardBody>
            </Card>
          </GridItem>
        </Grid>
      </PageSection>
    </>
  );
}

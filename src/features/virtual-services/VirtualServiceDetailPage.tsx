import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from '@/components/routing';
import { useQuery } from '@tanstack/react-query';
import {
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Button,
  Card,
  CardBody,
  CardTitle,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  Grid,
  GridItem,
  Label,
  PageSection,
  Spinner,
  Stack,
} from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { objectQuery } from '@/api/queries';
import { ErrorAlert } from '@/components/feedback';
import { ClientIpLabels, formatServices, formatVips, RoutingStateLabel } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { usePlacementResolver } from '@/components/placement';
import { ViolationAlert } from '@/components/violations';
import { summarizeClientIp } from '@/domain/client-ip-method';
import { refName, refUuid, type VirtualService } from '@/domain/model';
import { checkVirtualServicePlacement, connectedNetworkOf, placementFactsFor, type PlacementFacts } from '@/domain/rules';
import { useSession } from '@/session';
import { ClientIpExplanation } from './ClientIpExplanation';
import { DeleteVirtualServiceDialog } from './DeleteVirtualServiceDialog';
import { remedyLinkFor } from './remedy-links';
import { useSetVirtualServiceEnabled } from './use-virtual-service-writes';

function Term({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

export default function VirtualServiceDetailPage() {
  const { uuid = '' } = useParams();
  const { tenant, readOnly } = useSession();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const setEnabled = useSetVirtualServiceEnabled();
  const vsQuery = useQuery(objectQuery(tenant, 'virtualservice', uuid, { include_name: true }));
  const vs = vsQuery.data;
  const needs = useMemo(() => {
    const one = (ref: string | undefined) => [refUuid(ref)].filter((u): u is string => u !== undefined);
    return { applicationProfiles: one(vs?.application_profile_ref), pools: one(vs?.pool_ref), vsVips: one(vs?.vsvip_ref) };
  }, [vs?.application_profile_ref, vs?.pool_ref, vs?.vsvip_ref]);
  const placement = usePlacementResolver(needs);

  const breadcrumb = (
    <Breadcrumb>
      <BreadcrumbItem render={({ className }) => <Link className={className} to={paths.virtualServices}>Virtual Services</Link>} />
      <BreadcrumbItem isActive>{vs?.name ?? uuid}</BreadcrumbItem>
    </Breadcrumb>
  );

  if (vsQuery.isPending) {
    return (
      <PageSection>
        <Bullseye>
          <Spinner aria-label="Loading virtual service" />
        </Bullseye>
      </PageSection>
    );
  }
  if (!vs) {
    return (
      <>
        <PageHeader title="Virtual Service" breadcrumb={breadcrumb} />
        <PageSection>
          <ErrorAlert error={vsQuery.error} title="Could not load the virtual service" />
        </PageSection>
      </>
    );
  }

  const resolver = placement.resolver;
  const facts = resolver ? placementFactsFor(vs, resolver) : undefined;
  const violations = facts ? checkVirtualServicePlacement(facts) : [];
  const profile = facts?.applicationProfile;
  const pool = resolver?.pool(vs.pool_ref);
  const group = facts?.seGroup;
  const enabled = vs.enabled !== false;
  const target = { uuid, name: vs.name };

  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={
          <Flex alignItems={{ default: 'alignItemsCenter' }} gap={{ default: 'gapSm' }} component="span">
            <span>{vs.name}</span>
            <Label color={enabled ? 'green' : 'grey'}>{enabled ? 'Enabled' : 'Disabled'}</Label>
          </Flex>
        }
        description={vs.description}
        actions={
          <Flex gap={{ default: 'gapSm' }}>
            <Button variant="primary" isDisabled={readOnly} onClick={() => navigate(paths.editVirtualService(uuid))}>
              Edit
            </Button>
            <Button
              variant="secondary"
              isDisabled={readOnly || setEnabled.isPending}
              onClick={() => setEnabled.mutate({ target, enabled: !enabled })}
            >
              {enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button variant="danger" isDisabled={readOnly} onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </Flex>
        }
      />
      <PageSection>
        <Stack hasGutter>
          {placement.error !== undefined && <ErrorAlert error={placement.error} title="Could not load the objects this virtual service uses" />}
          {violations.length > 0 && (
            <section aria-labelledby="vs-problems-title">
              <Content component="h2" id="vs-problems-title">
                Problems
              </Content>
              <Stack hasGutter>
                {violations.map((violation, index) => (
                  <ViolationAlert key={`${violation.rule}-${index}`} violation={violation} remedyLink={remedyLinkFor(uuid)} />
                ))}
              </Stack>
            </section>
          )}
          <Grid hasGutter>
            <GridItem lg={5}>
              <Card isFullHeight component="section" aria-labelledby="vs-client-ip-title">
                <CardTitle component="h2" id="vs-client-ip-title">
                  How this virtual service keeps the client IP
                </CardTitle>
                <CardBody>
                  {placement.isLoading ? (
                    <Spinner size="md" aria-label="Loading the application profile" />
                  ) : (
                    <ClientIpExplanation summary={summarizeClientIp(profile, vs)} gateways={facts ? serverGateways(facts) : []} profile={profile} virtualService={vs} seGroup={group} />
                  )}
                </CardBody>
              </Card>
            </GridItem>
            <GridItem lg={7}>
              <Card isFullHeight component="section" aria-labelledby="vs-configuration-title">
                <CardTitle component="h2" id="vs-configuration-title">
                  Configuration
                </CardTitle>
                <CardBody>
                  <DescriptionList isHorizontal isCompact>
                    <Term term="VIP">{formatVips(resolver?.vsVip(vs.vsvip_ref)?.vip ?? vs.vip) || '—'}</Term>
                    <Term term="VS VIP">{refName(vs.vsvip_ref) ?? '—'}</Term>
                    <Term term="Services">{formatServices(vs.services) || '—'}</Term>
                    <Term term="Pool">
                      {pool ? `${pool.name} (${(pool.servers ?? []).map((s) => `${s.ip.addr}:${s.port || pool.default_server_port}`).join(', ') || 'no servers'})` : (refName(vs.pool_ref) ?? '—')}
                    </Term>
                    <Term term="Application profile">
                      <div>{profile?.name ?? refName(vs.application_profile_ref) ?? '—'}</div>
                      <ClientIpLabels profile={profile} virtualService={vs} />
                    </Term>
                    <Term term="TCP/UDP profile">{refName(vs.network_profile_ref) ?? '—'}</Term>
                    <Term term="Service Engine group">
                      {group ? (
                        <Flex gap={{ default: 'gapSm' }} alignItems={{ default: 'alignItemsCenter' }}>
                          {group.uuid ? <Link to={paths.seGroup(group.uuid)}>{group.name}</Link> : group.name}
                          <RoutingStateLabel enabled={group.enable_routing} />
                        </Flex>
                      ) : (
                        (refName(vs.se_group_ref) ?? '—')
                      )}
                    </Term>
                    <Term term="SNAT">{snatText(vs)}</Term>
                    <Term term="VRF context">{facts?.vrfName ?? refName(vs.vrf_context_ref) ?? '—'}</Term>
                    <Term term="Cloud">{refName(vs.cloud_ref) ?? '—'}</Term>
                    <Term term="Traffic enabled">{vs.traffic_enabled === false ? 'No' : 'Yes'}</Term>
                  </DescriptionList>
                </CardBody>
              </Card>
            </GridItem>
          </Grid>
        </Stack>
      </PageSection>
      {deleting && <DeleteVirtualServiceDialog target={target} onClose={() => setDeleting(false)} onDeleted={() => navigate(paths.virtualServices)} />}
    </>
  );
}

/** Floating IPs of the SE group that lie in a network of the virtual service's servers. */
function serverGateways(facts: PlacementFacts): string[] {
  const serverNetworks = new Set(facts.servers.map((ip) => connectedNetworkOf(ip, facts.environment.networks)?.name).filter(Boolean));
  return (facts.seGroup?.floating_intf_ip ?? []).filter((ip) => serverNetworks.has(connectedNetworkOf(ip, facts.environment.networks)?.name)).map((ip) => ip.addr);
}

function snatText(vs: VirtualService): string {
  const addresses = (vs.snat_ip ?? []).map((ip) => ip.addr);
  if (vs.use_vip_as_snat) addresses.push('the VIP');
  return addresses.length > 0 ? addresses.join(', ') : 'None (Service Engine interface address)';
}

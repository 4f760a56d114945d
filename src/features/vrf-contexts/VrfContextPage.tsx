import { useState } from 'react';
import { Link, useParams } from '@/components/routing';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Button,
  Card,
  CardBody,
  CardFooter,
  CardTitle,
  Content,
  PageSection,
  Spinner,
  Stack,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@/components/table';
import { paths } from '@/app/paths';
import { rawObjectQuery } from '@/api/queries';
import { ConfirmDialog } from '@/components/dialogs/ConfirmDialog';
import { ErrorAlert } from '@/components/feedback';
import { useSaveObject } from '@/components/forms/use-save-object';
import { RowActions, TableStateRow } from '@/components/list';
import { formatPrefix } from '@/components/object-display';
import { PageHeader } from '@/components/page/PageHeader';
import { Toolbar, ToolbarItem } from '@/components/toolbar';
import { isDefaultRoute, type StaticRoute, type VrfContext } from '@/domain/model';
import { useSession } from '@/session';
import { RouteDialog } from './RouteDialog';
import { DEFAULT_ROUTE_PREFIX, defaultRouteOf, routeToForm, vrfWithDefaultGateway, vrfWithoutRoute, vrfWithRoute } from './static-routes';

type Dialog = { kind: 'gateway' } | { kind: 'add' } | { kind: 'edit'; route: StaticRoute } | { kind: 'remove'; route: StaticRoute };

export default function VrfContextPage() {
  const { uuid = '' } = useParams();
  const { tenant, readOnly } = useSession();
  const vrfQuery = useQuery(rawObjectQuery(tenant, 'vrfcontext', uuid));
  const vrf = vrfQuery.data;
  const save = useSaveObject('vrfcontext');
  const [dialog, setDialog] = useState<Dialog>();

  const breadcrumb = (
    <Breadcrumb>
      <BreadcrumbItem render={({ className }) => <Link className={className} to={paths.vrfContexts}>VRF Contexts</Link>} />
      <BreadcrumbItem isActive>{vrf?.name ?? uuid}</BreadcrumbItem>
    </Breadcrumb>
  );
  if (vrfQuery.isPending) {
    return (
      <PageSection>
        <Bullseye>
          <Spinner aria-label="Loading VRF context" />
        </Bullseye>
      </PageSection>
    );
  }
  if (!vrf) {
    return (
      <>
        <PageHeader title="VRF Context" breadcrumb={breadcrumb} />
        <PageSection>
          <ErrorAlert error={vrfQuery.error} title="Could not load the VRF context" />
        </PageSection>
      </>
    );
  }

  const routes = vrf.static_routes ?? [];
  const defaultRoute = defaultRouteOf(vrf);
  const saveVrf = (next: VrfContext, message: string) => save(vrf, next, message).then(() => undefined);

  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={vrf.name}
        description={vrf.description ?? 'Static routes of the Service Engines in this VRF.'}
      />
      <PageSection>
        <Stack hasGutter>
          <Card>
            <CardTitle component="h2">Default gateway</CardTitle>
            <CardBody>
              {defaultRoute ? (
                <Content component="p">
                  The Service Engines send traffic for unknown destinations to <strong>{defaultRoute.next_hop.addr}</strong> (route{' '}
                  {DEFAULT_ROUTE_PREFIX}). With IP routing and Preserve Client IP, this is the front-end router: replies to clients leave through
                  it.
                </Content>
              ) : (
                <Alert variant="warning" isInline isPlain title="No default route">
                  The Service Engines have no default gateway in this VRF. With Preserve Client IP, replies to clients need one: set it to the
                  front-end router (for example 10.10.40.1).
                </Alert>
              )}
            </CardBody>
            <CardFooter>
              <Button variant={defaultRoute ? 'secondary' : 'primary'} isDisabled={readOnly} onClick={() => setDialog({ kind: 'gateway' })}>
                {defaultRoute ? 'Change default gateway' : 'Set default gateway'}
              </Button>
            </CardFooter>
          </Card>
          <Card>
            <CardTitle component="h2">Static routes</CardTitle>
            <CardBody>
              <Toolbar>
                <ToolbarItem>
                  <Button variant="secondary" isDisabled={readOnly} onClick={() => setDialog({ kind: 'add' })}>
                    Add static route
                  </Button>
                </ToolbarItem>
              </Toolbar>
              <Table aria-label="Static routes" variant="compact">
                <Thead>
                  <Tr>
                    <Th modifier="wrap">Route ID</Th>
                    <Th modifier="wrap">Destination</Th>
                    <Th modifier="wrap">Next hop</Th>
                    <Th modifier="wrap">Interface</Th>
                    <Th screenReaderText="Actions" />
                  </Tr>
                </Thead>
                <Tbody>
                  <TableStateRow columns={5} noun="static routes" isLoading={false} error={undefined} isEmpty={routes.length === 0} />
                  {routes.map((route) => {
                    const destination = formatPrefix(route.prefix);
                    return (
                      <Tr key={route.route_id}>
                        <Td dataLabel="Route ID">{route.route_id}</Td>
                        <Td dataLabel="Destination">
                          {destination}
                          {isDefaultRoute(route) && <span className="console-secondary-text"> (default route)</span>}
                        </Td>
                        <Td dataLabel="Next hop">{route.next_hop.addr}</Td>
                        <Td dataLabel="Interface">{route.if_name ?? '—'}</Td>
                        <Td isActionCell>
                          <RowActions
                            name={`route ${destination}`}
                            actions={[
                              { label: 'Edit', isWrite: true, onClick: () => setDialog({ kind: 'edit', route }) },
                              { label: 'Remove', isWrite: true, isDanger: true, onClick: () => setDialog({ kind: 'remove', route }) },
                            ]}
                          />
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            </CardBody>
          </Card>
        </Stack>
      </PageSection>
      {dialog?.kind === 'gateway' && (
        <RouteDialog
          title={defaultRoute ? 'Change default gateway' : 'Set default gateway'}
          initial={{ prefix: DEFAULT_ROUTE_PREFIX, nextHop: defaultRoute?.next_hop.addr ?? '' }}
          routes={routes}
          {...(defaultRoute ? { editingId: defaultRoute.route_id } : {})}
          prefixLocked
          onClose={() => setDialog(undefined)}
          onSave={(form) => saveVrf(vrfWithDefaultGateway(vrf, form.nextHop), `Default gateway of VRF "${vrf.name}" set to ${form.nextHop}`)}
        />
      )}
      {dialog?.kind === 'add' && (
        <RouteDialog
          title="Add static route"
          initial={{ prefix: '', nextHop: '' }}
          routes={routes}
          onClose={() => setDialog(undefined)}
          onSave={(form) => saveVrf(vrfWithRoute(vrf, form), `Route to ${form.prefix} added to VRF "${vrf.name}"`)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <RouteDialog
          title="Edit static route"
          initial={routeToForm(dialog.route)}
          routes={routes}
          editingId={dialog.route.route_id}
          onClose={() => setDialog(undefined)}
          onSave={(form) => saveVrf(vrfWithRoute(vrf, form, dialog.route.route_id), `Route to ${form.prefix} saved in VRF "${vrf.name}"`)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title="Remove static route?"
          confirmLabel="Remove"
          onClose={() => setDialog(undefined)}
          onConfirm={() => saveVrf(vrfWithoutRoute(vrf, dialog.route.route_id), `Route to ${formatPrefix(dialog.route.prefix)} removed from VRF "${vrf.name}"`)}
        >
          <Content component="p">
            The route to <strong>{formatPrefix(dialog.route.prefix)}</strong> via {dialog.route.next_hop.addr} is removed from VRF{' '}
            <strong>{vrf.name}</strong>.
            {isDefaultRoute(dialog.route) && ' It is the default route: the Service Engines lose their default gateway.'}
          </Content>
        </ConfirmDialog>
      )}
    </>
  );
}

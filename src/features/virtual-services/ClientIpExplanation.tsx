import { Content, List, ListItem } from '@patternfly/react-core';
import type { ClientIpSummary } from '@/domain/client-ip-method';
import type { ApplicationProfile, ServiceEngineGroup, VirtualService } from '@/domain/model';
import { ClientIpLabels } from '@/components/object-display';

interface ClientIpExplanationProps {
  summary: ClientIpSummary;
  /** The SE group's floating IPs in the networks of this virtual service's servers: their default gateway. */
  gateways: readonly string[];
  profile: Pick<ApplicationProfile, 'type' | 'preserve_client_ip' | 'http_profile' | 'tcp_app_profile' | 'name'> | undefined;
  virtualService: VirtualService;
  seGroup: Pick<ServiceEngineGroup, 'name'> | undefined;
}

/** SPEC §2 applied to one virtual service: which method passes the client IP on, and what each needs. */
export function ClientIpExplanation({ summary, gateways, profile, virtualService, seGroup }: ClientIpExplanationProps) {
  const details: string[] = [];
  for (const method of summary.methods) {
    if (method === 'preserve-client-ip') {
      details.push(
        'Preserve Client IP: the Service Engine connects to the servers from the client\u2019s own address instead of source-NAT. ' +
          `Replies must come back through the Service Engine, so the servers\u2019 default gateway is the floating IP of Service Engine group "${seGroup?.name ?? 'unknown'}"` +
          (gateways.length > 0 ? ` (${gateways.join(', ')}).` : '.'),
      );
    }
    if (method === 'x-forwarded-for') {
      details.push(
        `X-Forwarded-For: the Service Engine adds the header ${profile?.http_profile?.xff_alternate_name ?? 'X-Forwarded-For'} with the client address to every HTTP request; the servers read it.`,
      );
    }
    if (method === 'proxy-protocol') {
      const version = profile?.tcp_app_profile?.proxy_protocol_version === 'PROXY_PROTOCOL_VERSION_2' ? 'version 2' : 'version 1';
      details.push(`PROXY protocol (${version}): each connection to a server starts with a PROXY header carrying the client address; the servers must speak PROXY protocol.`);
    }
  }
  if (summary.lostBecause === 'no-method') {
    details.push(
      'To pass the client IP on, use an application profile with X-Forwarded-For (HTTP), PROXY protocol (L4), or Preserve Client IP (on an SE group with IP routing).',
    );
  }
  return (
    <>
      <Content component="p">
        <strong>{summary.description}</strong>
      </Content>
      <ClientIpLabels profile={profile} virtualService={virtualService} />
      {details.length > 0 && (
        <List className="console-top-spacer">
          {details.map((text) => (
            <ListItem key={text}>{text}</ListItem>
          ))}
        </List>
      )}
    </>
  );
}

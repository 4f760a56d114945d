import { Label, LabelGroup } from '@patternfly/react-core';
import { clientIpMethodLabels, summarizeClientIp } from '@/domain/client-ip-method';
import type { ApplicationProfile, VirtualService } from '@/domain/model';

interface ClientIpLabelsProps {
  profile: Pick<ApplicationProfile, 'type' | 'preserve_client_ip' | 'http_profile' | 'tcp_app_profile'> | undefined;
  virtualService?: Pick<VirtualService, 'snat_ip' | 'use_vip_as_snat'>;
}

/** How servers learn the client IP with this profile (and virtual service), as compact labels. */
export function ClientIpLabels({ profile, virtualService }: ClientIpLabelsProps) {
  if (!profile) return null;
  const summary = summarizeClientIp(profile, virtualService);
  if (summary.methods.length === 0) {
    return (
      <Label isCompact color="grey">
        {summary.lostBecause === 'snat' ? 'Client IP lost (SNAT)' : 'Client IP not passed on'}
      </Label>
    );
  }
  return (
    <LabelGroup numLabels={3} aria-label="Client IP methods">
      {summary.methods.map((method) => (
        <Label key={method} isCompact color={method === 'preserve-client-ip' ? 'purple' : 'blue'}>
          {clientIpMethodLabels[method]}
        </Label>
      ))}
    </LabelGroup>
  );
}

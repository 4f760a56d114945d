import { clientIpMethodLabels, summarizeClientIp } from '@/domain/client-ip-method';
import type { ApplicationProfile, VirtualService } from '@/domain/model';
import { StaticLabel, StaticLabelList } from './StaticLabel';

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
      <StaticLabel>{summary.lostBecause === 'snat' ? 'Client IP lost (SNAT)' : 'Client IP not passed on'}</StaticLabel>
    );
  }
  return (
    <StaticLabelList label="Client IP methods">
      {summary.methods.map((method) => (
        <StaticLabel key={method} color={method === 'preserve-client-ip' ? 'purple' : 'blue'}>
          {clientIpMethodLabels[method]}
        </StaticLabel>
      ))}
    </StaticLabelList>
  );
}

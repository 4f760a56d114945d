import type { IpAddr, IpAddrPrefix, Service, Vip } from '@/domain/model';

export function formatIp(ip: IpAddr | undefined): string {
  return ip?.addr ?? '';
}

export function formatPrefix(prefix: IpAddrPrefix | undefined): string {
  return prefix ? `${prefix.ip_addr.addr}/${prefix.mask}` : '';
}

/** "80, 443 (SSL), 8000-8010" */
export function formatServices(services: readonly Service[] | undefined): string {
  return (services ?? [])
    .map((s) => {
      const range = s.port_range_end && s.port_range_end !== s.port ? `${s.port}-${s.port_range_end}` : String(s.port);
      return s.enable_ssl ? `${range} (SSL)` : range;
    })
    .join(', ');
}

/** The addresses of a VIP list, or "auto-allocated" for IPAM VIPs without an address yet. */
export function formatVips(vips: readonly Vip[] | undefined): string {
  return (vips ?? [])
    .map((vip) => [vip.ip_address?.addr, vip.ip6_address?.addr].filter(Boolean).join(', ') || (vip.auto_allocate_ip ? 'auto-allocated' : ''))
    .filter(Boolean)
    .join(', ');
}

import type { IpAddr } from './primitives';

/** IPv4/IPv6 address values, apart from the schemas: code that builds one does not need zod. */
export const ipAddrTypes = ['V4', 'DNS', 'V6'] as const;

export function ipv4(addr: string): IpAddr {
  return { addr, type: 'V4' };
}

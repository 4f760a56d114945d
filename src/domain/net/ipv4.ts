/** IPv4 parsing and subnet arithmetic used by validation and by the routing rules. */

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => OCTET.test(part));
}

export function ipv4ToNumber(text: string): number | undefined {
  if (!isIpv4(text)) return undefined;
  return text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function isIpv4InSubnet(address: string, network: string, mask: number): boolean {
  const a = ipv4ToNumber(address);
  const n = ipv4ToNumber(network);
  if (a === undefined || n === undefined || mask < 0 || mask > 32) return false;
  if (mask === 0) return true;
  const size = 2 ** (32 - mask);
  return Math.floor(a / size) === Math.floor(n / size);
}

/** A loose IPv6 check: enough to tell V6 from V4 and DNS names in request bodies. */
export function isIpv6(text: string): boolean {
  if (!text.includes(':') || text.length > 45) return false;
  return /^[0-9a-fA-F:.]+$/.test(text) && (text.match(/::/g) ?? []).length <= 1;
}

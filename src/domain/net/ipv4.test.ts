import { describe, expect, it } from 'vitest';
import { isIpv4, isIpv4InSubnet, isIpv6 } from './ipv4';

describe('IPv4 helpers', () => {
  it.each(['10.10.10.1', '0.0.0.0', '255.255.255.255'])('accepts %s', (ip) => expect(isIpv4(ip)).toBe(true));
  it.each(['10.10.10', '256.1.1.1', '01.2.3.4', '1.2.3.4.5', '', 'a.b.c.d', ' 1.2.3.4'])('rejects %j', (ip) => expect(isIpv4(ip)).toBe(false));

  it('tells whether an address lies in a subnet', () => {
    expect(isIpv4InSubnet('10.10.10.21', '10.10.10.0', 24)).toBe(true);
    expect(isIpv4InSubnet('10.10.11.21', '10.10.10.0', 24)).toBe(false);
    expect(isIpv4InSubnet('192.168.1.1', '0.0.0.0', 0)).toBe(true);
    expect(isIpv4InSubnet('10.0.0.1', '10.0.0.1', 32)).toBe(true);
    expect(isIpv4InSubnet('10.0.0.1', '10.0.0.0', 33)).toBe(false);
  });

  it('recognises IPv6 literals loosely', () => {
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(isIpv6('10.1.1.1')).toBe(false);
    expect(isIpv6('1::2::3')).toBe(false);
  });
});

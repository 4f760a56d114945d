import { describe, expect, it } from 'vitest';
import { formatPrefix, formatServices, formatVips } from './format';

describe('display formats', () => {
  it('lists services with SSL and ranges', () => {
    expect(formatServices([{ port: 80, enable_ssl: false }, { port: 443, enable_ssl: true }, { port: 8000, port_range_end: 8010, enable_ssl: false }])).toBe(
      '80, 443 (SSL), 8000-8010',
    );
    expect(formatServices([{ port: 53, port_range_end: 53, enable_ssl: false }])).toBe('53');
  });

  it('lists VIP addresses', () => {
    expect(formatVips([{ vip_id: '0', ip_address: { addr: '10.10.40.100', type: 'V4' } } as never, { vip_id: '1', auto_allocate_ip: true } as never])).toBe(
      '10.10.40.100, auto-allocated',
    );
    expect(formatVips(undefined)).toBe('');
  });

  it('writes prefixes in CIDR notation', () => {
    expect(formatPrefix({ ip_addr: { addr: '0.0.0.0', type: 'V4' }, mask: 0 })).toBe('0.0.0.0/0');
  });
});

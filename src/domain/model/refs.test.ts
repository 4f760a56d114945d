import { describe, expect, it } from 'vitest';
import { nameRef, parseRef, refName, refUuid, sameRef, uuidRef } from './refs';

describe('object references in every form the controller accepts', () => {
  it('parses a relative uuid ref', () => {
    expect(parseRef('/api/pool/pool-123')).toEqual({ kind: 'uuid', type: 'pool', uuid: 'pool-123' });
  });

  it('parses an absolute ref with a #name', () => {
    expect(parseRef('https://avi-controller/api/vsvip/vsvip-d870#basic_vs_vip')).toEqual({
      kind: 'uuid',
      type: 'vsvip',
      uuid: 'vsvip-d870',
      name: 'basic_vs_vip',
    });
  });

  it('parses name lookups, with or without the trailing slash, with a tenant', () => {
    expect(parseRef('/api/applicationprofile?name=System-HTTP')).toEqual({ kind: 'name', type: 'applicationprofile', name: 'System-HTTP' });
    expect(parseRef('/api/pool/?name=web%20pool&tenant=Engineering')).toEqual({ kind: 'name', type: 'pool', name: 'web pool', tenant: 'Engineering' });
  });

  it('rejects unknown types and malformed refs', () => {
    expect(parseRef('/api/nosuchtype/x-1')).toBeUndefined();
    expect(parseRef('pool-123')).toBeUndefined();
    expect(parseRef('/api/pool')).toBeUndefined();
    expect(parseRef('/api/pool?foo=bar')).toBeUndefined();
  });

  it('reads the uuid and the name of a ref', () => {
    expect(refUuid('https://h/api/serviceenginegroup/serviceenginegroup-1#Default-Group')).toBe('serviceenginegroup-1');
    expect(refName('https://h/api/serviceenginegroup/serviceenginegroup-1#Default-Group')).toBe('Default-Group');
    expect(refUuid('/api/pool?name=x')).toBeUndefined();
  });

  it('builds refs and compares them by uuid whatever the host or name suffix', () => {
    expect(uuidRef('pool', 'pool-1')).toBe('/api/pool/pool-1');
    expect(nameRef('pool', 'a b')).toBe('/api/pool?name=a%20b');
    expect(sameRef('/api/pool/pool-1', 'https://ctrl/api/pool/pool-1#web')).toBe(true);
    expect(sameRef('/api/pool/pool-1', '/api/pool/pool-2')).toBe(false);
  });
});

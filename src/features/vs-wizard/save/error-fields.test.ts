import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { mapSaveError } from './error-fields';
import type { PlanStep } from './plan';

const vsStep: PlanStep = { action: 'create', type: 'virtualservice', name: 'shop', body: {} };
const poolStep: PlanStep = { action: 'create', type: 'pool', name: 'shop-pool', body: {} };
const apiError = (status: number, message: string) => new ApiError({ status, message, body: { error: message }, method: 'POST', path: '/api/virtualservice' });

describe('controller errors are shown at the field they concern', () => {
  it('maps a duplicate name to Virtual Service Name', () => {
    expect(mapSaveError(apiError(409, 'VirtualService with this Name and Tenant ref already exists.'), vsStep, 'new')).toMatchObject({ step: 'settings', field: 'settings.name' });
    expect(mapSaveError(apiError(409, 'Pool with this Name and Tenant ref already exists.'), poolStep, 'new')).toMatchObject({ field: 'settings.pool.name' });
  });

  it('maps a message naming snat_ip, or the SNAT rule message, to the SNAT field on Advanced', () => {
    expect(mapSaveError(apiError(400, 'Invalid VirtualService: Field "snat_ip.0.addr" must be an IPv4 address.'), vsStep, 'new')).toMatchObject({ step: 'advanced', field: 'advanced.snatIps' });
    const rule = 'Virtual service "shop" cannot use SNAT IP addresses (10.10.40.50) while its application profile "P" preserves the client IP.';
    expect(mapSaveError(apiError(400, rule), vsStep, 'new')).toMatchObject({ step: 'advanced', field: 'advanced.snatIps', message: rule });
  });

  it('maps the routing rule to the SE group field and service errors to the port', () => {
    expect(mapSaveError(apiError(400, 'its Service Engine group "Default-Group" does not have IP routing enabled'), vsStep, 'new')).toMatchObject({ field: 'advanced.seGroupRef' });
    expect(mapSaveError(apiError(400, 'Invalid VirtualService: Field "services.1.port" must be at most 65535'), vsStep, 'new')).toMatchObject({ field: 'settings.services.1.port' });
    expect(mapSaveError(apiError(400, 'Invalid Pool: Field "servers.2.ip.addr" is not valid'), poolStep, 'new')).toMatchObject({ field: 'settings.pool.servers.2.ip' });
  });

  it('keeps what it cannot map at the top of the Review step', () => {
    expect(mapSaveError(apiError(400, 'Something odd happened.'), vsStep, 'new')).toEqual({ step: 'review', message: 'Something odd happened.' });
    expect(mapSaveError(apiError(500, 'Internal error'), vsStep, 'new')).toEqual({ step: 'review', message: 'Internal error' });
  });
});

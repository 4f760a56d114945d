import { describe, expect, it } from 'vitest';
import type { LoginResponse } from '@/api/types';
import { sessionFromLogin, sessionUserFrom } from './session-model';

const login = (user: Partial<LoginResponse['user']>, tenants = ['admin', 'acme']): LoginResponse => ({
  version: { Version: '17.2.15' },
  user: { username: 'someone', ...user },
  tenants: tenants.map((name) => ({ name, uuid: name === 'admin' ? 'admin' : `tenant-${name}`, url: `/api/tenant/${name}` })),
});

const role = (name: string) => [{ role_ref: `https://c/api/role/role-x#${name}`, all_tenants: true }];

describe('who signed in', () => {
  it('lets a superuser write', () => {
    expect(sessionUserFrom(login({ is_superuser: true, access: role('System-Admin') }))).toMatchObject({ role: 'System-Admin', readOnly: false });
  });

  it.each(['Application-Operator', 'Read-Only', 'Viewer', 'Tenant-Auditor'])('treats %s as read-only', (name) => {
    expect(sessionUserFrom(login({ access: role(name) }))).toMatchObject({ role: name, readOnly: true });
  });

  it('treats other roles as writable (the controller answers 403 where they may not)', () => {
    expect(sessionUserFrom(login({ access: role('Application-Admin') })).readOnly).toBe(false);
  });

  it('reads the default tenant from the ref', () => {
    expect(sessionUserFrom(login({ default_tenant_ref: 'https://c/api/tenant/tenant-acme#acme' })).defaultTenant).toBe('acme');
    expect(sessionUserFrom(login({ default_tenant_ref: 'https://c/api/tenant/admin' })).defaultTenant).toBe('admin');
  });
});

describe('the session kept after login', () => {
  it('keeps the tenant chosen before when the same user signs in again', () => {
    const first = sessionFromLogin(login({ is_superuser: true }), undefined);
    expect(first.tenant).toBe('admin');
    const again = sessionFromLogin(login({ is_superuser: true }), { ...first, tenant: 'acme' });
    expect(again.tenant).toBe('acme');
  });

  it('does not keep another user\u2019s tenant', () => {
    const previous = sessionFromLogin(login({ username: 'other' }), undefined);
    expect(sessionFromLogin(login({}), { ...previous, tenant: 'acme' }).tenant).toBe('admin');
  });

  it('takes the controller version from the login response', () => {
    expect(sessionFromLogin(login({}), undefined).controllerVersion).toBe('17.2.15');
  });
});

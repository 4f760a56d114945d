import { describe, expect, it } from 'vitest';
import { sparseVs, webPool, webVip, webVs } from './__fixtures__/objects';
import { virtualServiceFromForm, virtualServiceToForm } from './virtual-service-form';
import { wizardSchema } from './wizard-schema';

const loaded = { virtualService: webVs, pool: webPool, vsVip: webVip };
const keptRefs = { poolRef: webVs.pool_ref, vsVipRef: webVs.vsvip_ref };

describe('virtual service ⇄ wizard values', () => {
  it('sends back exactly what was loaded when nothing was edited', () => {
    const values = virtualServiceToForm(loaded);
    expect(virtualServiceFromForm(values, loaded, keptRefs)).toEqual(webVs);
  });

  it('keeps a sparse object sparse (no defaults added)', () => {
    const sparse = { virtualService: sparseVs };
    const values = virtualServiceToForm(sparse);
    expect(virtualServiceFromForm(values, sparse, { poolRef: undefined, vsVipRef: sparseVs.vsvip_ref })).toEqual(sparseVs);
  });

  it('shows the loaded object as valid form values', () => {
    expect(wizardSchema.safeParse(virtualServiceToForm(loaded)).success).toBe(true);
  });

  it('changes only the edited fields', () => {
    const values = virtualServiceToForm(loaded);
    values.advanced.snatIps = '10.10.40.50, 10.10.40.51';
    values.advanced.weight = '4';
    const body = virtualServiceFromForm(values, loaded, keptRefs);
    expect(body).toEqual({ ...webVs, snat_ip: [{ addr: '10.10.40.50', type: 'V4' }, { addr: '10.10.40.51', type: 'V4' }], weight: 4 });
  });

  it('edits a nested field without touching its siblings', () => {
    const values = virtualServiceToForm(loaded);
    values.analytics.fullClientLogs = false;
    const body = virtualServiceFromForm(values, loaded, keptRefs);
    expect(body.analytics_policy).toEqual({ ...webVs.analytics_policy, full_client_logs: { ...webVs.analytics_policy!.full_client_logs, enabled: false } });
    expect({ ...body, analytics_policy: undefined }).toEqual({ ...webVs, analytics_policy: undefined });
  });

  it('keeps the fields of a service the admin did not change, and of a changed one', () => {
    const values = virtualServiceToForm(loaded);
    values.settings.services[1]!.port = '8443';
    const body = virtualServiceFromForm(values, loaded, keptRefs);
    expect(body.services).toEqual([
      webVs.services![0],
      { port: 8443, enable_ssl: true, override_network_profile_ref: webVs.services![1]!.override_network_profile_ref },
      webVs.services![2],
    ]);
  });

  it('removes SNAT and keeps the ref forms the controller gave', () => {
    const values = virtualServiceToForm(loaded);
    values.advanced.snatIps = '';
    values.settings.applicationProfileRef = '/api/applicationprofile/applicationprofile-secure#System-Secure-HTTP';
    const body = virtualServiceFromForm(values, loaded, keptRefs);
    expect('snat_ip' in body).toBe(false);
    expect(body.application_profile_ref).toBe(webVs.application_profile_ref);
  });

  it('reorders HTTP policy sets with fresh indexes, keeping their refs as loaded', () => {
    const values = virtualServiceToForm(loaded);
    expect(values.policies.httpPolicySets.map((p) => p.ref)).toEqual([webVs.http_policies![1]!.http_policy_set_ref, webVs.http_policies![0]!.http_policy_set_ref]);
    values.policies.httpPolicySets.reverse();
    expect(virtualServiceFromForm(values, loaded, keptRefs).http_policies).toEqual([
      { index: 11, http_policy_set_ref: webVs.http_policies![0]!.http_policy_set_ref },
      { index: 12, http_policy_set_ref: webVs.http_policies![1]!.http_policy_set_ref },
    ]);
  });

  it('turns a rate limit off and on again without losing its hidden settings', () => {
    const values = virtualServiceToForm(loaded);
    values.advanced.connectionsRateLimit.count = '200';
    expect(virtualServiceFromForm(values, loaded, keptRefs).connections_rate_limit).toEqual({ ...webVs.connections_rate_limit, count: 200 });
    values.advanced.connectionsRateLimit.enabled = false;
    expect('connections_rate_limit' in virtualServiceFromForm(values, loaded, keptRefs)).toBe(false);
  });

  it('creates a new virtual service with the non-default settings only', () => {
    const values = virtualServiceToForm(loaded);
    values.settings.name = 'new-vs';
    values.settings.description = '';
    values.advanced.snatIps = '';
    values.advanced.connectionsRateLimit.enabled = false;
    values.advanced.maxConcurrentConnections = '';
    values.analytics.realtimeMetrics = false;
    values.analytics.fullClientLogs = false;
    values.settings.services = [{ port: '80', portRangeEnd: '', ssl: false }];
    values.settings.sslProfileRef = '';
    values.settings.sslCertificateRef = '';
    values.policies.httpPolicySets = [];
    const body = virtualServiceFromForm(values, undefined, { poolRef: '/api/pool?name=new-pool', vsVipRef: '/api/vsvip?name=new-vs-VsVip' });
    expect(body).toEqual({
      name: 'new-vs',
      services: [{ port: 80 }],
      vsvip_ref: '/api/vsvip?name=new-vs-VsVip',
      pool_ref: '/api/pool?name=new-pool',
      application_profile_ref: webVs.application_profile_ref,
      network_profile_ref: webVs.network_profile_ref,
      analytics_profile_ref: webVs.analytics_profile_ref,
      se_group_ref: webVs.se_group_ref,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { webPool, webVip, webVs } from '../model/__fixtures__/objects';
import { poolFromForm } from '../model/pool-form';
import { virtualServiceToForm } from '../model/virtual-service-form';
import { blankWizardValues } from '../model/blank-values';
import { buildSavePlan, requestOf } from './plan';

function newService() {
  const values = blankWizardValues();
  values.settings.name = 'shop';
  values.settings.vip.address = '10.10.40.110';
  values.settings.applicationProfileRef = '/api/applicationprofile/applicationprofile-1';
  values.settings.pool = { ...values.settings.pool, name: 'shop-pool', servers: [{ ip: '10.10.10.21', port: '', enabled: true }] };
  values.advanced.seGroupRef = '/api/serviceenginegroup/serviceenginegroup-routed';
  return values;
}

describe('save plan', () => {
  it('creates the pool and the VS VIP before the virtual service, which refers to them by name', () => {
    const requests = buildSavePlan(newService()).map(requestOf);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/pool', 'POST /api/vsvip', 'POST /api/virtualservice']);
    expect(requests[1]!.body).toEqual({ name: 'shop-VsVip', vip: [{ vip_id: '0', ip_address: { addr: '10.10.40.110', type: 'V4' } }] });
    expect(requests[2]!.body).toMatchObject({ name: 'shop', pool_ref: '/api/pool?name=shop-pool', vsvip_ref: '/api/vsvip?name=shop-VsVip', se_group_ref: '/api/serviceenginegroup/serviceenginegroup-routed' });
  });

  it('reuses what an interrupted save created and the admin kept, instead of creating it twice', () => {
    const values = newService();
    const created = { ...poolFromForm(values.settings.pool), uuid: 'pool-new', url: 'https://ctl/api/pool/pool-new#shop-pool', lb_algorithm_hash: 'LB_ALGORITHM_CONSISTENT_HASH_SOURCE_IP_ADDRESS' };
    const adopted = { pool: created as never, vsVip: webVip };
    values.settings.vip.address = webVip.vip![0]!.ip_address!.addr;
    const plan = buildSavePlan(values, { adopted });
    expect(plan.map((s) => `${s.action} ${s.type}`)).toEqual(['create virtualservice']);
    expect(plan[0]!.body).toMatchObject({ pool_ref: created.url, vsvip_ref: webVip.url });
  });

  it('edits with one PUT when only the virtual service changed, and puts back exactly what was loaded when nothing did', () => {
    const loaded = { virtualService: webVs, pool: webPool, vsVip: webVip };
    const unchanged = buildSavePlan(virtualServiceToForm(loaded), { loaded });
    expect(unchanged.map(requestOf)).toEqual([{ method: 'PUT', path: `/api/virtualservice/${webVs.uuid}`, body: webVs }]);

    const values = virtualServiceToForm(loaded);
    values.settings.pool.servers[0]!.enabled = false;
    values.settings.vip.address = '10.10.40.111';
    expect(buildSavePlan(values, { loaded }).map((s) => `${s.action} ${s.type}`)).toEqual(['replace pool', 'replace vsvip', 'replace virtualservice']);
  });
});

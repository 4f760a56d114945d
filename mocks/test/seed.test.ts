import { describe, expect, it } from 'vitest';
import type { ApplicationProfile } from '@/domain/model/application-profile';
import type { ServiceEngineGroup } from '@/domain/model/service-engine-group';
import type { VirtualService } from '@/domain/model/virtual-service';
import { checkApplicationProfile, checkRoutingPrerequisites, checkVirtualServicePlacement, placementFactsFor } from '@/domain/rules';
import { MockController } from '../controller/controller';
import { CandidateView, storeResolver } from '../controller/rules';
import { LARGE_SEED_COUNTS, POOLED_VIRTUAL_SERVICES } from '../seeds/large';
import type { StoredRecord } from '../controller/types';

function byName(controller: MockController, type: StoredRecord['type'], name: string, tenant = 'admin'): StoredRecord {
  const record = [...controller.store.all()].find((r) => r.type === type && r.data.name === name && r.tenant === tenant);
  if (!record) throw new Error(`${type} ${name} missing`);
  return record;
}

/** Every rule of SPEC section 3, checked over a whole store with the shared rule module. */
function violationsOf(controller: MockController, sample?: (r: StoredRecord) => boolean) {
  const view = new CandidateView(controller.store);
  const out: string[] = [];
  for (const record of controller.store.all()) {
    if (sample && !sample(record)) continue;
    if (record.type === 'virtualservice') {
      const facts = placementFactsFor({ ...(record.data as unknown as VirtualService), uuid: record.uuid }, storeResolver(view, record.tenant));
      out.push(...checkVirtualServicePlacement(facts).map((v) => `${v.rule}: ${v.message}`));
    } else if (record.type === 'applicationprofile') {
      out.push(...checkApplicationProfile(record.data as unknown as ApplicationProfile).map((v) => `${v.rule}: ${v.message}`));
    } else if (record.type === 'serviceenginegroup') {
      const resolver = storeResolver(view, record.tenant);
      const cloud = resolver.cloud(record.data.cloud_ref as string);
      const environment = { cloud: cloud ? { name: cloud.name, vtype: cloud.vtype } : undefined, networks: resolver.networks(record.data.cloud_ref as string) };
      out.push(...checkRoutingPrerequisites(record.data as unknown as ServiceEngineGroup, environment).map((v) => `${v.rule}: ${v.message}`));
    }
  }
  return out;
}

describe('default seed', () => {
  it('satisfies every rule of SPEC section 3', async () => {
    const controller = await MockController.create();
    expect(violationsOf(controller)).toEqual([]);
  });

  it('holds the seed document\'s two-leg topology', async () => {
    const c = await MockController.create();
    const backend = byName(c, 'network', 'Backend-Net').data;
    expect(backend.configured_subnets).toEqual([expect.objectContaining({ prefix: { ip_addr: { addr: '10.10.10.0', type: 'V4' }, mask: 24 } })]);
    expect(byName(c, 'network', 'Frontend-Net').data.configured_subnets).toEqual([expect.objectContaining({ prefix: { ip_addr: { addr: '10.10.40.0', type: 'V4' }, mask: 24 } })]);
    const global = byName(c, 'vrfcontext', 'global').data;
    expect(global.static_routes).toEqual([expect.objectContaining({ prefix: { ip_addr: { addr: '0.0.0.0', type: 'V4' }, mask: 0 }, next_hop: { addr: '10.10.40.1', type: 'V4' } })]);
    byName(c, 'vrfcontext', 'management');
    expect(byName(c, 'cloud', 'Default-Cloud').data.vtype).toBe('CLOUD_NONE');
    expect(byName(c, 'serviceenginegroup', 'Default-Group').data).toMatchObject({ ha_mode: 'HA_MODE_SHARED', enable_routing: false });
    expect(byName(c, 'serviceenginegroup', 'Routed-Group').data).toMatchObject({
      ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
      active_standby: true,
      enable_routing: true,
      floating_intf_ip: [
        { addr: '10.10.10.11', type: 'V4' },
        { addr: '10.10.40.11', type: 'V4' },
      ],
    });
    expect(byName(c, 'serviceenginegroup', 'Elastic-Group').data).toMatchObject({ ha_mode: 'HA_MODE_SHARED_PAIR', enable_routing: false });
    expect(byName(c, 'serviceenginegroup', 'Elastic-Group').data.floating_intf_ip).toBeUndefined();
  });

  it('has the System-* objects with the vendor\'s defaults', async () => {
    const c = await MockController.create();
    const http = byName(c, 'applicationprofile', 'System-HTTP').data as unknown as ApplicationProfile;
    expect(http.http_profile).toMatchObject({ connection_multiplexing_enabled: true, xff_enabled: true, xff_alternate_name: 'X-Forwarded-For' });
    expect(http.preserve_client_ip).toBe(false);
    for (const [name, type] of [
      ['System-Secure-HTTP', 'APPLICATION_PROFILE_TYPE_HTTP'],
      ['System-L4-Application', 'APPLICATION_PROFILE_TYPE_L4'],
      ['System-SSL-Application', 'APPLICATION_PROFILE_TYPE_SSL'],
      ['System-DNS', 'APPLICATION_PROFILE_TYPE_DNS'],
      ['System-Syslog', 'APPLICATION_PROFILE_TYPE_SYSLOG'],
    ]) {
      expect(byName(c, 'applicationprofile', name!).data.type).toBe(type);
    }
    expect(byName(c, 'applicationprofile', 'System-L4-Application').data.tcp_app_profile).toMatchObject({ proxy_protocol_enabled: false });
    expect(byName(c, 'applicationprofile', 'HTTP-Preserve-Client-IP').data).toMatchObject({ preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false } });
    expect(byName(c, 'applicationprofile', 'L4-Proxy-Protocol-v2').data.tcp_app_profile).toMatchObject({ proxy_protocol_enabled: true, proxy_protocol_version: 'PROXY_PROTOCOL_VERSION_2' });
    for (const name of ['System-TCP-Proxy', 'System-TCP-Fast-Path', 'System-UDP-Fast-Path', 'System-UDP-Per-Pkt']) byName(c, 'networkprofile', name);
    for (const name of ['System-HTTP', 'System-HTTPS', 'System-TCP', 'System-UDP', 'System-Ping']) byName(c, 'healthmonitor', name);
    byName(c, 'analyticsprofile', 'System-Analytics-Profile');
    byName(c, 'sslprofile', 'System-Standard');
    byName(c, 'sslkeyandcertificate', 'System-Default-Cert');
  });

  it('has enabled and disabled virtual services, one preserving the client IP on Routed-Group and one with SNAT on Default-Group', async () => {
    const c = await MockController.create();
    const vses = [...c.store.all()].filter((r) => r.type === 'virtualservice');
    expect(vses.some((v) => v.data.enabled === true)).toBe(true);
    expect(vses.some((v) => v.data.enabled === false)).toBe(true);
    const routed = byName(c, 'serviceenginegroup', 'Routed-Group').uuid;
    const defaultGroup = byName(c, 'serviceenginegroup', 'Default-Group').uuid;
    const app = byName(c, 'virtualservice', 'app-vs').data;
    expect(app.se_group_ref).toBe(`/api/serviceenginegroup/${routed}`);
    expect(c.store.get(String(app.application_profile_ref).split('/').pop()!)!.data.preserve_client_ip).toBe(true);
    const web = byName(c, 'virtualservice', 'web-vs').data;
    expect(web.se_group_ref).toBe(`/api/serviceenginegroup/${defaultGroup}`);
    expect(web.snat_ip).toEqual([{ addr: '10.10.40.50', type: 'V4' }]);
    const legacy = byName(c, 'pool', 'legacy-pool').data.servers as { ip: { addr: string } }[];
    expect(legacy.every((s) => s.ip.addr.startsWith('192.168.50.'))).toBe(true);
  });

  it('has a second tenant with its own pools, VIPs, profiles and virtual services', async () => {
    const c = await MockController.create();
    const engineering = [...c.store.all()].find((r) => r.type === 'tenant' && r.data.name === 'Engineering')!;
    const owned = [...c.store.allOwnedBy(engineering.uuid)].map((r) => `${r.type}:${String(r.data.name)}`).sort();
    expect(owned).toEqual(
      expect.arrayContaining(['pool:eng-api-pool', 'pool:eng-web-pool', 'vsvip:eng-api-vip', 'applicationprofile:Eng-HTTP', 'virtualservice:eng-api-vs', 'virtualservice:eng-web-vs']),
    );
  });

  it('is deterministic: the same uuids every time', async () => {
    const a = await MockController.create();
    const b = await MockController.create();
    const ids = (c: MockController) => [...c.store.all()].map((r) => `${r.type}/${r.uuid}`).sort();
    expect(ids(a)).toEqual(ids(b));
    expect(a.store.get('admin')!.data.name).toBe('admin');
  });
});

describe('large seed', () => {
  // Build time is measured by the benchmark, not asserted here (SPEC section 8).
  it('builds 10,000 virtual services, 5,000 pools, 500 profiles and their VIPs, rules satisfied', async () => {
    const c = await MockController.create({ seed: 'large' });
    const counts: Record<string, number> = {};
    for (const r of c.store.all()) counts[r.type] = (counts[r.type] ?? 0) + 1;
    expect(counts.virtualservice).toBe(LARGE_SEED_COUNTS.virtualservice);
    expect(counts.pool).toBe(LARGE_SEED_COUNTS.pool);
    expect(counts.vsvip).toBe(LARGE_SEED_COUNTS.vsvip);
    expect(counts.applicationprofile).toBeGreaterThanOrEqual(LARGE_SEED_COUNTS.applicationprofile);
    let i = 0;
    expect(violationsOf(c, (r) => r.type !== 'virtualservice' || i++ % 50 === 0)).toEqual([]);
    const names = new Set([...c.store.all()].filter((r) => r.type === 'virtualservice').map((r) => r.data.name));
    expect(names.size).toBe(LARGE_SEED_COUNTS.virtualservice);
    const pools = [...c.store.all()].filter((r) => r.type === 'pool');
    const users = pools.map((pool) => [...c.store.referrers(pool.uuid)].filter((id) => c.store.get(id)?.type === 'virtualservice').length);
    expect(Math.max(...users)).toBe(1);
    expect(users.filter((n) => n === 0)).toHaveLength(LARGE_SEED_COUNTS.pool - POOLED_VIRTUAL_SERVICES);
  });
});

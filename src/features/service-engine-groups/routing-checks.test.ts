import { describe, expect, it } from 'vitest';
import type { ServiceEngineGroup } from '@/domain/model';
import type { PlacementFacts, RoutingEnvironment } from '@/domain/rules';
import { routingChecks } from './routing-checks';

const environment: RoutingEnvironment = {
  cloud: { name: 'Default-Cloud', vtype: 'CLOUD_NONE' },
  networks: [{ name: 'Backend-Net', configured_subnets: [{ prefix: { ip_addr: { addr: '10.10.10.0', type: 'V4' }, mask: 24 } }] }],
};
const elastic = { name: 'Elastic-Group', ha_mode: 'HA_MODE_SHARED_PAIR', enable_routing: false, distribute_load_active_standby: false } as ServiceEngineGroup;
const routed = {
  name: 'Routed-Group',
  ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY',
  enable_routing: true,
  distribute_load_active_standby: false,
  floating_intf_ip: [{ addr: '10.10.10.11', type: 'V4' }],
} as ServiceEngineGroup;
const preserving: PlacementFacts = {
  virtualService: { name: 'app-vs', enabled: true },
  applicationProfile: { name: 'HTTP-Preserve-Client-IP', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false } as never },
  seGroup: routed,
  vrfName: 'global',
  vipAddresses: [],
  servers: [{ addr: '10.10.10.31', type: 'V4' }],
  environment,
};

describe('IP Routing switch of the SE group editor', () => {
  it('names every unmet prerequisite before routing can be enabled', () => {
    const checks = routingChecks(elastic, elastic, environment, []);
    expect(checks.enableBlockers.map((v) => v.prerequisite)).toEqual(['ha-mode', 'floating-ip']);
    expect(checks.disableBlockers).toEqual([]);
  });

  it('lets routing be enabled once the draft meets the prerequisites', () => {
    const draft = { ...elastic, ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY', floating_intf_ip: [{ addr: '10.10.10.12', type: 'V4' }] } as ServiceEngineGroup;
    expect(routingChecks(elastic, draft, environment, []).enableBlockers).toEqual([]);
  });

  it('refuses turning routing off under a virtual service that preserves the client IP, naming it', () => {
    const checks = routingChecks(routed, routed, environment, [preserving]);
    expect(checks.disableBlockers).toHaveLength(1);
    expect(checks.disableBlockers[0]!.message).toContain('"app-vs"');
    expect(checks.draftViolations).toEqual([]);
  });

  it('names only the first virtual services when many preserve the client IP', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...preserving, virtualService: { name: `vs-${i}`, enabled: true } }));
    const [refusal] = routingChecks(routed, routed, environment, many, 3).disableBlockers;
    expect(refusal!.related.map((r) => r.name)).toEqual(['vs-0', 'vs-1', 'vs-2']);
  });

  it('reports a draft that breaks a prerequisite while routing stays on', () => {
    const draft = { ...routed, ha_mode: 'HA_MODE_SHARED' } as ServiceEngineGroup;
    expect(routingChecks(routed, draft, environment, [preserving]).draftViolations.map((v) => v.prerequisite)).toEqual(['ha-mode']);
  });
});

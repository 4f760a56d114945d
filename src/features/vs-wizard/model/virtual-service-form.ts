import { sameRef, type Pool, type RateProfile, type Service, type VirtualService, type VsVip } from '@/domain/model';
import { applyFieldEdits, jsonEqual, type FieldValues } from '@/components/object-form/field-edits';
import { poolToForm } from './pool-form';
import { keepLoadedRef, numberText, parseWhole, refText } from './ref-values';
import { vsVipToForm } from './vsvip-form';
import { splitAddresses } from './addresses';
import { blankWizardValues, emptyRateLimit } from './blank-values';
import { rateLimitActions } from './rate-limit-actions';
import type { RateLimitValues, ServiceValues, WizardValues } from './wizard-schema';

/**
 * Virtual service ⇄ wizard values. `virtualServiceFormFields` lists every API field the wizard manages by
 * its path; the request body is the loaded object with only the fields whose value changed replaced, so
 * fields the wizard does not show survive a PUT untouched.
 */

export interface LoadedObjects {
  virtualService: VirtualService;
  pool?: Pool | undefined;
  vsVip?: VsVip | undefined;
}

function serviceToForm(service: Service): ServiceValues {
  const end = service.port_range_end;
  return { port: String(service.port), portRangeEnd: end && end !== service.port ? String(end) : '', ssl: service.enable_ssl ?? false };
}

function rateLimitToForm(limit: RateProfile | undefined): RateLimitValues {
  if (!limit) return { ...emptyRateLimit };
  const action = limit.action?.type;
  return {
    enabled: true,
    count: numberText(limit.count),
    period: numberText(limit.period, 1),
    action: (rateLimitActions as readonly string[]).includes(action ?? '') ? (action as RateLimitValues['action']) : 'RL_ACTION_NONE',
  };
}

export function virtualServiceToForm({ virtualService: vs, pool, vsVip }: LoadedObjects): WizardValues {
  const blank = blankWizardValues();
  const analytics = vs.analytics_policy;
  return {
    settings: {
      name: vs.name,
      description: vs.description ?? '',
      enabled: vs.enabled ?? true,
      vip: vsVipToForm(vsVip ?? (vs.vip ? { vip: vs.vip } : undefined)),
      services: (vs.services ?? []).map(serviceToForm),
      applicationProfileRef: refText(vs.application_profile_ref),
      networkProfileRef: refText(vs.network_profile_ref),
      pool: vs.pool_ref
        ? { ...blank.settings.pool, ...(pool ? poolToForm(pool) : { servers: [] }), mode: 'existing', ref: vs.pool_ref }
        : { ...blank.settings.pool, mode: 'none', servers: [] },
      sslProfileRef: refText(vs.ssl_profile_ref),
      sslCertificateRef: refText(vs.ssl_key_and_certificate_refs?.[0]),
    },
    policies: {
      httpPolicySets: [...(vs.http_policies ?? [])].sort((a, b) => a.index - b.index).map((p) => ({ ref: p.http_policy_set_ref })),
      networkSecurityPolicyRef: refText(vs.network_security_policy_ref),
    },
    analytics: {
      analyticsProfileRef: refText(vs.analytics_profile_ref),
      realtimeMetrics: analytics?.metrics_realtime_update?.enabled ?? false,
      realtimeMetricsDuration: numberText(analytics?.metrics_realtime_update?.duration, 30),
      clientInsights: analytics?.client_insights ?? 'NO_INSIGHTS',
      fullClientLogs: analytics?.full_client_logs?.enabled ?? false,
      fullClientLogsDuration: numberText(analytics?.full_client_logs?.duration, 30),
      allHeaders: analytics?.full_client_logs?.all_headers ?? false,
    },
    advanced: {
      seGroupRef: refText(vs.se_group_ref),
      snatIps: (vs.snat_ip ?? []).map((ip) => ip.addr).join(', '),
      useVipAsSnat: vs.use_vip_as_snat ?? false,
      trafficEnabled: vs.traffic_enabled ?? true,
      weight: numberText(vs.weight, 1),
      delayFairness: vs.delay_fairness ?? false,
      maxCpsPerClient: numberText(vs.max_cps_per_client, 0),
      maxConcurrentConnections: numberText(vs.performance_limits?.max_concurrent_connections),
      maxThroughput: numberText(vs.performance_limits?.max_throughput),
      connectionsRateLimit: rateLimitToForm(vs.connections_rate_limit),
      requestsRateLimit: rateLimitToForm(vs.requests_rate_limit),
      enableAutogw: vs.enable_autogw ?? true,
      hostNameXlate: vs.host_name_xlate ?? '',
      removeListeningPortOnVsDown: vs.remove_listening_port_on_vs_down ?? false,
      ignPoolNetReach: vs.ign_pool_net_reach ?? false,
    },
  };
}

function servicesFromForm(services: readonly ServiceValues[], loaded: readonly Service[] | undefined): Service[] {
  return services.map((service, index) => {
    const base = loaded?.[index];
    if (base && jsonEqual(serviceToForm(base), service)) return base;
    const next = structuredClone(base ?? ({} as Service)) as Service;
    next.port = parseWhole(service.port) as number;
    const end = parseWhole(service.portRangeEnd);
    if (end === undefined || end === next.port) delete next.port_range_end;
    else next.port_range_end = end as number;
    if (service.ssl || base?.enable_ssl !== undefined) next.enable_ssl = service.ssl;
    return next;
  });
}

function rateLimitFromForm(values: RateLimitValues, loaded: RateProfile | undefined): RateProfile | undefined {
  if (!values.enabled) return undefined;
  if (loaded && jsonEqual(rateLimitToForm(loaded), values)) return loaded;
  const base = structuredClone(loaded ?? ({ action: {} } as RateProfile));
  return {
    ...base,
    count: parseWhole(values.count) as number,
    period: parseWhole(values.period) as number,
    action: { ...base.action, type: values.action },
  };
}

/** The refs of the objects the virtual service points to that the save creates or keeps. */
export interface RelatedRefs {
  poolRef: string | undefined;
  vsVipRef: string | undefined;
}

export function virtualServiceFormFields(values: WizardValues, loaded: VirtualService | undefined, related: RelatedRefs): FieldValues {
  const { settings, policies, analytics, advanced } = values;
  const keep = (value: string, field: keyof VirtualService) => keepLoadedRef(value, loaded?.[field]);
  const snat = splitAddresses(advanced.snatIps);
  const loadedPolicies = loaded?.http_policies ?? [];
  const samePolicies =
    loadedPolicies.length === policies.httpPolicySets.length &&
    [...loadedPolicies].sort((a, b) => a.index - b.index).every((p, i) => keepLoadedRef(policies.httpPolicySets[i]?.ref, p.http_policy_set_ref) === p.http_policy_set_ref);
  const certs = loaded?.ssl_key_and_certificate_refs ?? [];
  const certRef = keepLoadedRef(settings.sslCertificateRef, certs[0]);
  return {
    name: settings.name.trim(),
    description: settings.description === '' ? undefined : settings.description,
    enabled: settings.enabled,
    traffic_enabled: advanced.trafficEnabled,
    services: servicesFromForm(settings.services, loaded?.services),
    vsvip_ref: keepLoadedRef(related.vsVipRef, loaded?.vsvip_ref),
    pool_ref: keepLoadedRef(related.poolRef, loaded?.pool_ref),
    application_profile_ref: keep(settings.applicationProfileRef, 'application_profile_ref'),
    network_profile_ref: keep(settings.networkProfileRef, 'network_profile_ref'),
    ssl_profile_ref: keep(settings.sslProfileRef, 'ssl_profile_ref'),
    ssl_key_and_certificate_refs: certRef ? [certRef, ...certs.slice(1)] : certs.length > 1 ? certs.slice(1) : undefined,
    http_policies: samePolicies
      ? loaded?.http_policies
      : policies.httpPolicySets.length === 0
        ? undefined
        : policies.httpPolicySets.map((p, i) => ({
            index: 11 + i,
            http_policy_set_ref: keepLoadedRef(p.ref, loadedPolicies.find((l) => sameRef(l.http_policy_set_ref, p.ref))?.http_policy_set_ref) ?? p.ref,
          })),
    network_security_policy_ref: keep(policies.networkSecurityPolicyRef, 'network_security_policy_ref'),
    analytics_profile_ref: keep(analytics.analyticsProfileRef, 'analytics_profile_ref'),
    'analytics_policy.metrics_realtime_update.enabled': analytics.realtimeMetrics,
    'analytics_policy.metrics_realtime_update.duration': parseWhole(analytics.realtimeMetricsDuration),
    'analytics_policy.client_insights': analytics.clientInsights,
    'analytics_policy.full_client_logs.enabled': analytics.fullClientLogs,
    'analytics_policy.full_client_logs.duration': parseWhole(analytics.fullClientLogsDuration),
    'analytics_policy.full_client_logs.all_headers': analytics.allHeaders,
    se_group_ref: keep(advanced.seGroupRef, 'se_group_ref'),
    snat_ip: snat.length > 0 ? snat.map((addr) => ({ addr, type: 'V4' })) : undefined,
    use_vip_as_snat: advanced.useVipAsSnat,
    weight: parseWhole(advanced.weight),
    delay_fairness: advanced.delayFairness,
    max_cps_per_client: parseWhole(advanced.maxCpsPerClient),
    'performance_limits.max_concurrent_connections': parseWhole(advanced.maxConcurrentConnections),
    'performance_limits.max_throughput': parseWhole(advanced.maxThroughput),
    connections_rate_limit: rateLimitFromForm(advanced.connectionsRateLimit, loaded?.connections_rate_limit),
    requests_rate_limit: rateLimitFromForm(advanced.requestsRateLimit, loaded?.requests_rate_limit),
    enable_autogw: advanced.enableAutogw,
    host_name_xlate: advanced.hostNameXlate.trim() === '' ? undefined : advanced.hostNameXlate.trim(),
    remove_listening_port_on_vs_down: advanced.removeListeningPortOnVsDown,
    ign_pool_net_reach: advanced.ignPoolNetReach,
  };
}

/** Fields a new virtual service leaves out while they hold the API default, to keep the request short. */
const createDefaults: FieldValues = {
  enabled: true,
  traffic_enabled: true,
  use_vip_as_snat: false,
  weight: 1,
  delay_fairness: false,
  max_cps_per_client: 0,
  enable_autogw: true,
  remove_listening_port_on_vs_down: false,
  ign_pool_net_reach: false,
  'analytics_policy.client_insights': 'NO_INSIGHTS',
};

/** The request body: a new virtual service, or the loaded one with only the edited fields changed. */
export function virtualServiceFromForm(values: WizardValues, loaded: LoadedObjects | undefined, related: RelatedRefs): VirtualService {
  const edited = virtualServiceFormFields(values, loaded?.virtualService, related);
  if (!loaded) {
    const shown: FieldValues = { ...createDefaults };
    if (!values.analytics.realtimeMetrics) {
      shown['analytics_policy.metrics_realtime_update.enabled'] = false;
      shown['analytics_policy.metrics_realtime_update.duration'] = edited['analytics_policy.metrics_realtime_update.duration'];
    }
    if (!values.analytics.fullClientLogs) {
      shown['analytics_policy.full_client_logs.enabled'] = false;
      shown['analytics_policy.full_client_logs.duration'] = edited['analytics_policy.full_client_logs.duration'];
      shown['analytics_policy.full_client_logs.all_headers'] = edited['analytics_policy.full_client_logs.all_headers'];
    }
    const body = applyFieldEdits({} as VirtualService, shown, edited);
    return body;
  }
  const shownValues = virtualServiceToForm(loaded);
  return applyFieldEdits(loaded.virtualService, virtualServiceFormFields(shownValues, loaded.virtualService, { poolRef: loaded.virtualService.pool_ref, vsVipRef: loaded.virtualService.vsvip_ref }), edited);
}

import { useCallback, useDeferredValue, useEffect, useMemo, type ReactNode, type RefObject } from 'react';
import { useFormContext, useWatch, type UseFormGetValues } from 'react-hook-form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { prefetch } from '@/api/prefetch';
import { objectsByUuidQuery, rawObjectQuery } from '@/api/queries';
import { usePlacementResolver } from '@/components/placement';
import { usePainted } from '@/components/scheduling';
import { refUuid, sameRef, type ApplicationProfile } from '@/domain/model';
import type { Violation } from '@/domain/rules';
import { useSession } from '@/session';
import { candidateOf, checkWholeConfiguration, probe as probeCandidate, type ClientIpCandidate, type WizardRuleData } from './model/client-ip-rules';
import type { WizardValues } from './model/wizard-schema';
import { useFormValuesAfterPause } from './form-values-after-pause';
import { WizardUiContext, type WizardUi } from './wizard-context';

type Navigation = Pick<WizardUi, 'mode' | 'fixFor' | 'goToStep' | 'openProfileEditor' | 'prepareProfileEditor' | 'objects' | 'profileChanges' | 'stepErrors'>;

/** The latest evaluation, for the wizard's step validation (which runs outside this provider). */
export interface RulesSnapshot {
  candidate: ClientIpCandidate;
  ruleData: WizardRuleData | undefined;
  violations: Violation[];
}

interface WizardUiProviderProps extends Navigation {
  rulesRef: RefObject<RulesSnapshot | undefined>;
  children: ReactNode;
}

/** The fields the rules read (`candidateOf`) that the admin picks or toggles: the rules follow at once. */
const CHOSEN = [
  'settings.enabled',
  'settings.applicationProfileRef',
  'settings.pool.mode',
  'settings.pool.ref',
  'settings.vip.mode',
  'advanced.seGroupRef',
  'advanced.useVipAsSnat',
] as const;

/** The fields the rules read that the admin types: the rules follow once the typing pauses. */
const TYPED = ['settings.name', 'settings.pool.servers', 'settings.vip.address', 'advanced.snatIps'] as const;

/** A copy of the typed fields (see `useFormValuesAfterPause`). */
const readTyped = (getValues: UseFormGetValues<WizardValues>) => structuredClone(getValues(TYPED));

/**
 * Evaluates the client-IP rules for the configuration being built, whenever a field they read changes, and
 * gives every step the result together with the wizard's navigation. A keystroke re-renders its own field
 * only: the steps' rule explanations follow when the typing pauses, in a render React may interrupt. Next and
 * Save do not wait for that: they check the form as it is (`currentRules` in the wizard).
 */
export function WizardUiProvider({ rulesRef, children, ...navigation }: WizardUiProviderProps) {
  const { control, getValues } = useFormContext<WizardValues>();
  const { tenant } = useSession();
  const [enabled, applicationProfileRef, poolMode, poolRef, vipMode, seGroupRef, useVipAsSnat] = useDeferredValue(useWatch({ control, name: CHOSEN }));
  const [name, poolServers, vipAddress, snatIps] = useDeferredValue(useFormValuesAfterPause(useCallback(() => readTyped(getValues), [getValues]), TYPED));
  const loadedVs = navigation.objects.loaded?.virtualService;
  const ownPoolRef = loadedVs?.pool_ref;

  const candidate = useMemo(
    () =>
      candidateOf(
        {
          settings: { name, enabled, applicationProfileRef, pool: { mode: poolMode, ref: poolRef, servers: poolServers }, vip: { mode: vipMode, address: vipAddress } },
          advanced: { seGroupRef, snatIps, useVipAsSnat },
        } as unknown as WizardValues,
        { ownPoolRef },
      ),
    [name, enabled, applicationProfileRef, poolMode, poolRef, poolServers, vipMode, vipAddress, seGroupRef, snatIps, useVipAsSnat, ownPoolRef],
  );

  const profileUuid = refUuid(applicationProfileRef);
  // The chosen profile as Edit Application Profile loads it: the editor then opens with its form at once.
  const queryClient = useQueryClient();
  // What the rules read is asked for once the wizard has been painted, so its answers come after the first field.
  const painted = usePainted();
  useEffect(() => {
    if (painted && profileUuid) void prefetch(queryClient, rawObjectQuery(tenant, 'applicationprofile', profileUuid));
  }, [painted, queryClient, tenant, profileUuid]);
  const poolUuid = candidate.poolRef ? refUuid(candidate.poolRef) : undefined;
  const placement = usePlacementResolver({
    applicationProfiles: profileUuid ? [profileUuid] : [],
    pools: poolUuid ? [poolUuid] : [],
    vsVips: [],
    enabled: painted,
  });
  const profiles = useQuery({ ...objectsByUuidQuery(tenant, 'applicationprofile', profileUuid ? [profileUuid] : []), enabled: painted });
  const profile: ApplicationProfile | undefined = profiles.data?.results.find((p) => sameRef(p.url, applicationProfileRef) || p.uuid === profileUuid);

  const ruleData = useMemo<WizardRuleData | undefined>(
    () => (placement.resolver ? { resolver: placement.resolver, virtualServiceUuid: loadedVs?.uuid, ownPoolRef } : undefined),
    [placement.resolver, loadedVs?.uuid, ownPoolRef],
  );
  const violations = useMemo<Violation[]>(() => (ruleData ? checkWholeConfiguration(candidate, ruleData) : []), [candidate, ruleData]);
  const probe = useCallback(
    (change: Partial<ClientIpCandidate>, fields: readonly string[]) => (ruleData ? probeCandidate(candidate, change, fields, ruleData) : []),
    [candidate, ruleData],
  );

  useEffect(() => {
    rulesRef.current = { candidate, ruleData, violations };
  }, [rulesRef, candidate, ruleData, violations]);

  const value = useMemo<WizardUi>(
    () => ({
      ...navigation,
      ruleData,
      candidate,
      violations,
      probe,
      profile,
      seGroups: placement.collections?.seGroups ?? [],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- navigation's members are listed one by one
    [navigation.mode, navigation.fixFor, navigation.goToStep, navigation.openProfileEditor, navigation.prepareProfileEditor, navigation.objects, navigation.profileChanges, navigation.stepErrors, ruleData, candidate, violations, probe, profile, placement.collections],
  );
  // The steps follow in a render React may interrupt: a keystroke landing while query results arrive is
  // handled first.
  return <WizardUiContext.Provider value={useDeferredValue(value)}>{children}</WizardUiContext.Provider>;
}

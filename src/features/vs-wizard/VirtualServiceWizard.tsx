import { Activity, memo, startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { invalidateTypes } from '@/api/queries';
import type { FixResolver } from '@/components/client-ip';
import { jsonEqual } from '@/components/object-form/field-edits';
import { useNotify } from '@/components/feedback';
import { LazyPartBoundary, type LazyPart } from '@/components/lazy-part';
import { afterNextPaint, whenTypingPauses } from '@/components/scheduling';
import { WizardFrame, WizardStepSlot } from '@/components/wizard';
import type { ApplicationProfile } from '@/domain/model';
import { useSession } from '@/session';
import { createDirtyFlag, useDirtyFlag, type DirtyFlag } from './dirty-flag';
import { prefetchDiscardDialog } from './lazy-discard-dialog';
import { LeaveGuard, type LeaveGuardProps } from './LeaveGuard';
import { candidateOf, checkWholeConfiguration, placementFactsOf, wizardFieldsOf } from './model/client-ip-rules';
import { lateDefaults, type CreateDefaults } from './model/late-defaults';
import { mergeEdits } from './model/merge-values';
import { renderedSteps, stepPresence } from './model/rendered-steps';
import { loadWizardValidation, wizardResolver } from './model/wizard-resolver';
import { clearDraft, saveDraft, type ProfileChange, type WizardDraft } from './model/draft-storage';
import type { WizardValues } from './model/wizard-schema';
import { stepIds, stepNames, type StepId } from './model/wizard-steps';
import type { MappedError } from './save/error-fields';
import type { WizardObjects } from './save/plan';
import { loadSaveEngine, prefetchSaveEngine } from './save/load-save-engine';
import { useWizardSave } from './save/use-wizard-save';
import { WizardProfileEditorHost } from './profile/WizardProfileEditorHost';
import { SettingsStep } from './steps/SettingsStep';
import { fieldDomId } from './fields/field-ids';
import { WizardFooterBar } from './WizardFooterBar';
import { AdvancedStep, AnalyticsStep, ConcurrentChangeDialog, PoliciesStep, ReviewStep, SaveFailureDialog, stepLoaded, stepReady, WizardProfileEditor } from './wizard-parts';
import { WizardUiProvider, type RulesSnapshot } from './WizardUiProvider';
import { prefetchLaterSteps } from './wizard-queries';
import './wizard.css';

export interface VirtualServiceWizardProps {
  mode: 'create' | 'edit';
  draftKey: string;
  initial: WizardDraft;
  /** Create mode: the default objects, once known (see `lateDefaults`). */
  defaults?: CreateDefaults | undefined;
  /** The virtual service was saved: go to its page. */
  onSaved(virtualService: { uuid?: string; name?: string }): void;
  /** Cancel confirmed (or nothing to discard): leave the wizard. */
  onLeave(): void;
  /** Discard everything and load the virtual service again (after a concurrent change). */
  onReload(): void;
}

const formSteps = ['settings', 'policies', 'analytics', 'advanced'] as const;

/** The first invalid field of a step, in form order, from RHF's errors. */
function firstErrorPath(errors: unknown, prefix: string): string | undefined {
  if (!errors || typeof errors !== 'object') return undefined;
  const record = errors as Record<string, unknown>;
  if (typeof record.message === 'string' && 'type' in record) return prefix;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'ref' || key === 'root') continue;
    const found = firstErrorPath(value, prefix ? `${prefix}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/** The leave guard, following the wizard's dirty flag by itself. */
function DirtyLeaveGuard({ dirty, isSaving, ...guard }: Omit<LeaveGuardProps, 'when'> & { dirty: DirtyFlag; isSaving: boolean }) {
  const when = useDirtyFlag(dirty) && !isSaving;
  // Not in the keystroke that made the wizard dirty, nor between the next ones: when the typing pauses.
  useEffect(() => (when ? whenTypingPauses(prefetchDiscardDialog) : undefined), [when]);
  return <LeaveGuard when={when} {...guard} />;
}

const stepLoading = (
  <Bullseye>
    <Spinner size="lg" aria-label="Loading the step" />
  </Bullseye>
);

const later = (step: StepId, Part: LazyPart<object>) => (
  <LazyPartBoundary what={`the ${stepNames[step]} step`} part={Part} fallback={stepLoading}>
    <Part />
  </LazyPartBoundary>
);

/**
 * The steps' content, created once: the steps read what they need from the form and the wizard's context, so
 * a step the wizard reveals or hides is not rendered again for it.
 */
const stepBodies: Record<StepId, React.ReactNode> = {
  settings: <SettingsStep />,
  policies: later('policies', PoliciesStep),
  analytics: later('analytics', AnalyticsStep),
  advanced: later('advanced', AdvancedStep),
  review: later('review', ReviewStep),
};

/**
 * The wizard's form, and the wizard. Memoised: its page renders again as the default objects are asked for,
 * with the same props. react-hook-form renders the component holding `useForm` again whenever the form's
 * state it reports changes, and once right after mounting, before the first paint (`isReady`, in a layout
 * effect): that component is this shell, and the wizard below it, memoised and given the same form object,
 * is not rendered again for it.
 */
export const VirtualServiceWizard = memo(function VirtualServiceWizard(props: VirtualServiceWizardProps) {
  const form = useForm<WizardValues>({ defaultValues: props.initial.values, resolver: wizardResolver, mode: 'onTouched' });
  return <WizardWithForm form={form} {...props} />;
});

const WizardWithForm = memo(function WizardWithForm({ form, mode, draftKey, initial, defaults, onSaved, onLeave, onReload }: VirtualServiceWizardProps & { form: UseFormReturn<WizardValues> }) {
  const { readOnly, tenant } = useSession();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [activeStep, setActiveStep] = useState<StepId>(initial.activeStep);
  const [reached, setReached] = useState(initial.reached);
  // Read when navigating and preparing, so that goTo (and the steps' context holding it) stays the same from step to step.
  const activeStepRef = useRef(activeStep);
  useEffect(() => {
    activeStepRef.current = activeStep;
  }, [activeStep]);
  const [objects, setObjectsState] = useState<WizardObjects>(initial.objects);
  const [profileChanges, setProfileChanges] = useState<ProfileChange[]>(initial.profileChanges);
  // A new object per request: asking twice for the same field focuses it twice.
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  const [stepErrors, setStepErrors] = useState<Partial<Record<StepId, string>>>({});
  const [editor, setEditor] = useState<'edit' | 'create'>();
  // The chosen profile's editor, rendered ahead and not displayed once its code is in and the admin pauses, or at
  // once when the pointer or the focus reaches its button. A closed editor goes, and another is prepared: an
  // opening never shows what was typed in the last one.
  const [editorPrepared, setEditorPrepared] = useState(false);
  const prepareEditor = useCallback(() => {
    if (WizardProfileEditor.isLoaded()) startTransition(() => setEditorPrepared(true));
    else WizardProfileEditor.prefetch();
  }, []);
  const closeEditor = useCallback(() => {
    setEditor(undefined);
    setEditorPrepared(false);
  }, []);
  const [pristine, setPristine] = useState(initial.pristine);
  const [dirty] = useState(() =>
    createDirtyFlag(!jsonEqual(initial.values, initial.pristine) || initial.profileChanges.length > 0 || Boolean(initial.objects.adopted?.pool || initial.objects.adopted?.vsVip)),
  );
  const rulesRef = useRef<RulesSnapshot | undefined>(undefined);
  useEffect(() => whenTypingPauses(() => prefetchLaterSteps(queryClient, tenant), { waitForIdle: true }), [queryClient, tenant]);
  // The steps shown so far stay rendered (hidden) and the next one is rendered ahead once its code is in.
  const [shownSteps, setShownSteps] = useState<ReadonlySet<StepId>>(() => new Set([initial.activeStep]));
  if (!shownSteps.has(activeStep)) setShownSteps(new Set([...shownSteps, activeStep]));
  // The step rendered ahead, mounted and laid out out of sight, so that Next only makes it visible.
  const [preparedStep, setPreparedStep] = useState<StepId>();
  const prepareStepAfter = useCallback((step: StepId) => {
    const next = stepIds[stepIds.indexOf(step) + 1];
    if (!next) return;
    const prepare = () => startTransition(() => setPreparedStep(next));
    const ready = stepReady(next);
    // Mounting the step and laying it out is a long task: code that arrives while the admin types waits.
    if (ready) void ready.then(() => whenTypingPauses(prepare));
    else prepare();
  }, []);
  // What the admin will need next (the validation, the following step; the profile editor, below) is fetched and
  // the following step rendered ahead once the step has painted and the page is idle, never between two keystrokes.
  useEffect(() => whenTypingPauses(() => void loadWizardValidation().catch(() => undefined), { waitForIdle: true }), []);
  useEffect(
    () =>
      whenTypingPauses(
        () => {
          prepareStepAfter(activeStep);
          if (activeStep === 'review') prefetchSaveEngine();
        },
        { waitForIdle: true },
      ),
    [activeStep, prepareStepAfter],
  );
  useEffect(() => {
    if (editorPrepared) return undefined;
    let cancelled = false;
    let cancelWait = whenTypingPauses(
      () =>
        void WizardProfileEditor.preload().then(
          () => {
            if (!cancelled) cancelWait = whenTypingPauses(prepareEditor, { waitForIdle: true });
          },
          () => undefined,
        ),
      { waitForIdle: true },
    );
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, [editorPrepared, prepareEditor]);
  const seq = useRef(0);
  const leaving = useRef(false);

  // --- the draft: stored on every change, so a reload or a re-login continues where the admin was
  const draftState = useRef({ activeStep, reached, objects, profileChanges, pristine });
  useEffect(() => {
    draftState.current = { activeStep, reached, objects, profileChanges, pristine };
  }, [activeStep, reached, objects, profileChanges, pristine]);
  const storeDraft = useCallback(() => {
    if (leaving.current) return;
    saveDraft(draftKey, { version: 1, values: form.getValues(), ...draftState.current });
  }, [draftKey, form]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        dirty.set(!jsonEqual(values, draftState.current.pristine) || draftState.current.profileChanges.length > 0);
        clearTimeout(timer);
        timer = setTimeout(storeDraft, 200);
      },
    });
    window.addEventListener('pagehide', storeDraft);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', storeDraft);
    };
  }, [form, storeDraft, dirty]);
  useEffect(() => {
    draftState.current = { activeStep, reached, objects, profileChanges, pristine };
    // After the frame that shows the change (a new step): `pagehide` stores it if the page goes first.
    return afterNextPaint(storeDraft);
  }, [activeStep, reached, objects, profileChanges, pristine, storeDraft]);

  useEffect(() => {
    if (!defaults) return;
    const late = lateDefaults(form.getValues(), draftState.current.pristine, defaults);
    if (!late) return;
    draftState.current = { ...draftState.current, pristine: late.pristine };
    setPristine(late.pristine);
    for (const [path, ref] of late.fill) form.setValue(path, ref);
  }, [defaults, form]);

  const setObjects = useCallback((update: (o: WizardObjects) => WizardObjects) => setObjectsState(update), []);

  // --- navigation: progressive, every step before the target must validate
  /** Moves to a step once its code is loaded, then focuses the field to fix or the step's heading. */
  const go = useCallback((step: StepId, focus?: string) => {
    seq.current += 1;
    const request = seq.current;
    const arrive = () => {
      if (seq.current !== request) return;
      setActiveStep(step);
      setFocusRequest({ id: focus ? fieldDomId(focus) : `vs-wizard-step-${step}-title` });
    };
    const ready = stepReady(step);
    if (!ready) arrive();
    else void ready.then(arrive);
  }, []);
  // In the commit that shows the step, so that the frame paints it with the focus where it belongs.
  useLayoutEffect(() => {
    if (!focusRequest) return;
    let frame = 0;
    let frames = 0;
    const focus = () => {
      const element = document.getElementById(focusRequest.id);
      if (element?.checkVisibility()) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
      } else if (++frames < 60) {
        // A step paints its top first (see SettingsStep): the field may follow a few frames later.
        frame = requestAnimationFrame(focus);
      }
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  /** The rules' view of the form as it is now (the steps' view may lag a keystroke behind: it is deferred). */
  const currentRules = useCallback(() => {
    const ruleData = rulesRef.current?.ruleData;
    return ruleData ? { candidate: candidateOf(form.getValues(), ruleData), ruleData } : undefined;
  }, [form]);

  const stepProblems = useCallback(
    async (step: StepId): Promise<{ ok: boolean; focus?: string | undefined }> => {
      if (step === 'review') return { ok: true };
      const ok = await form.trigger(step, { shouldFocus: false });
      // The form's errors as they are now: `formState` is what the last render saw (validation is async).
      const rules = currentRules();
      const violations = rules ? checkWholeConfiguration(rules.candidate, rules.ruleData).filter((v) => wizardFieldsOf(v).some((f) => f.step === step)) : [];
      if (ok && violations.length === 0) return { ok: true };
      const focus = !ok ? firstErrorPath(form.getFieldState(step).error, step) : wizardFieldsOf(violations[0]!).find((f) => f.step === step)?.field;
      return { ok: false, focus: focus === 'settings.pool' ? (form.getValues('settings.pool.mode') === 'new' ? 'settings.pool.servers.0.ip' : 'settings.pool.ref') : focus };
    },
    [form, currentRules],
  );

  const goTo = useCallback(
    async (target: StepId) => {
      const targetIndex = stepIds.indexOf(target);
      const currentIndex = stepIds.indexOf(activeStepRef.current);
      if (targetIndex <= currentIndex) {
        go(target);
        return;
      }
      try {
        for (const step of stepIds.slice(0, targetIndex)) {
          const result = await stepProblems(step);
          if (!result.ok) {
            go(step, result.focus);
            return;
          }
        }
      } catch (error) {
        // The validation's code could not be loaded: say so; the next try loads it again.
        notify.error(`The wizard could not check its steps before ${stepNames[target]}`, error);
        return;
      }
      setReached((r) => Math.max(r, targetIndex));
      go(target);
    },
    [go, stepProblems, notify],
  );

  // --- save
  const showError = useCallback(
    (mapped: MappedError) => {
      if (mapped.field) {
        form.setError(mapped.field as never, { type: 'server', message: mapped.message });
        setStepErrors({});
      } else {
        setStepErrors({ [mapped.step]: mapped.message });
      }
      go(mapped.step, mapped.field);
    },
    [form, go],
  );
  const saver = useWizardSave({
    getValues: form.getValues,
    objects,
    setObjects,
    onSaved: (vs) => {
      leaving.current = true;
      clearDraft(draftKey);
      void invalidateTypes(queryClient, tenant, 'virtualservice', 'pool', 'vsvip');
      notify.success(`Virtual service "${vs.name ?? form.getValues('settings.name')}" ${mode === 'create' ? 'created' : 'saved'}`);
      onSaved(vs);
    },
    onError: showError,
  });

  const save = useCallback(async () => {
    setStepErrors({});
    try {
      for (const step of formSteps) {
        const result = await stepProblems(step);
        if (!result.ok) {
          go(step, result.focus);
          return;
        }
      }
      const rules = currentRules();
      if (!rules) throw new Error('The objects the Preserve Client IP rules read are still loading. Save again in a moment.');
      const violations = checkWholeConfiguration(rules.candidate, rules.ruleData);
      if (violations.length > 0) throw new Error(`A Preserve Client IP rule is not met: ${violations[0]!.message}`);
    } catch (error) {
      notify.error('The virtual service was not saved', error);
      return;
    }
    await saver.save();
  }, [stepProblems, go, saver, currentRules, notify]);

  // --- fixes the rules point to
  const fixFor = useCallback<FixResolver>(
    (remedy) => {
      switch (remedy.kind) {
        case 'choose-routed-se-group':
          return { label: 'Choose an SE group with IP routing on the Advanced step', onClick: () => void goTo('advanced').then(() => go('advanced', 'advanced.seGroupRef')) };
        case 'remove-snat':
          return { label: 'Remove the SNAT settings on the Advanced step', onClick: () => void goTo('advanced').then(() => go('advanced', 'advanced.snatIps')) };
        case 'turn-off-preserve-client-ip':
        case 'turn-off-multiplexing':
          return { label: `Edit application profile "${remedy.profile.name}"`, onClick: () => setEditor('edit') };
        case 'enable-ip-routing':
          return remedy.seGroup.uuid ? { label: `Enable IP routing on Service Engine group "${remedy.seGroup.name}"`, href: paths.seGroup(remedy.seGroup.uuid) } : undefined;
        case 'meet-routing-prerequisite':
          if (remedy.prerequisite === 'directly-connected-servers' || remedy.prerequisite === 'ipv4-only') {
            return { label: 'Choose servers on a directly connected network on the Settings step', onClick: () => go('settings', 'settings.pool.ref') };
          }
          return remedy.seGroup.uuid ? { label: `Open Service Engine group "${remedy.seGroup.name}"`, href: paths.seGroup(remedy.seGroup.uuid) } : undefined;
        default:
          return undefined;
      }
    },
    [goTo, go],
  );

  const cancel = useCallback(() => {
    if (!dirty.get()) {
      leaving.current = true;
      clearDraft(draftKey);
      onLeave();
      return;
    }
    onLeave();
  }, [dirty, draftKey, onLeave]);

  const discard = useCallback(() => {
    leaving.current = true;
    clearDraft(draftKey);
  }, [draftKey]);

  const onProfileSaved = useCallback(
    (profile: ApplicationProfile, before: ApplicationProfile | undefined) => {
      setProfileChanges((changes) => [
        ...changes,
        { action: before ? 'replace' : 'create', name: profile.name, uuid: profile.uuid, before: before as Record<string, unknown> | undefined, after: profile as unknown as Record<string, unknown>, savedAt: Date.now() },
      ]);
      form.setValue('settings.applicationProfileRef', profile.url ?? `/api/applicationprofile/${profile.uuid}`, { shouldDirty: true, shouldValidate: true });
      dirty.set(true);
      closeEditor();
    },
    [form, dirty, closeEditor],
  );

  const placementFacts = useCallback(() => {
    const rules = currentRules();
    return rules ? placementFactsOf(rules.candidate, rules.ruleData) : undefined;
  }, [currentRules]);

  const frameSteps = stepIds.map((id, index) => ({ id, name: stepNames[id], isDisabled: index > reached }));
  const onStepClick = useCallback((step: StepId) => void goTo(step), [goTo]);
  const currentIndex = stepIds.indexOf(activeStep);
  const saveState = saver.state;

  // Stable: a new function would change every step's context and re-render all of it.
  const goToStep = useCallback(
    (step: StepId, focus?: string) =>
      stepIds.indexOf(step) > stepIds.indexOf(activeStepRef.current) ? void goTo(step).then(() => focus && go(step, focus)) : go(step, focus),
    [goTo, go],
  );
  return (
    <FormProvider {...form}>
      <WizardUiProvider
        rulesRef={rulesRef}
        mode={mode}
        fixFor={fixFor}
        goToStep={goToStep}
        openProfileEditor={setEditor}
        prepareProfileEditor={prepareEditor}
        objects={objects}
        profileChanges={profileChanges}
        stepErrors={stepErrors}
      >
        <WizardFrame
          navAriaLabel="Virtual service wizard steps"
          className="vs-wizard"
          steps={frameSteps}
          activeStep={activeStep}
          onStepClick={onStepClick}
          bodyLabelledBy={`vs-wizard-step-${activeStep}-title`}
          footer={
            <WizardFooterBar
              activeStep={activeStep}
              onNext={() => void goTo(stepIds[Math.min(currentIndex + 1, stepIds.length - 1)]!)}
              onBack={() => go(stepIds[Math.max(currentIndex - 1, 0)]!)}
              onCancel={cancel}
              onSave={() => void save()}
              isSaving={saver.isSaving}
              isReadOnly={readOnly}
            />
          }
        >
          {renderedSteps(stepIds, activeStep, shownSteps, stepLoaded).map((step) => {
            const presence = stepPresence(stepIds, step, activeStep, preparedStep);
            return (
              <Activity key={step} mode={presence === 'kept' ? 'hidden' : 'visible'}>
                <WizardStepSlot presence={presence}>{stepBodies[step]}</WizardStepSlot>
              </Activity>
            );
          })}
        </WizardFrame>
        <WizardProfileEditorHost
          open={editor}
          prepare={editorPrepared}
          objects={objects}
          fixFor={fixFor}
          placementFacts={placementFacts}
          onSaved={onProfileSaved}
          onCancel={closeEditor}
        />
      </WizardUiProvider>
      <DirtyLeaveGuard dirty={dirty} isSaving={saver.isSaving} bypass={leaving} onDiscard={discard} />
      {(saveState.kind === 'failed' || saveState.kind === 'rolling-back' || saveState.kind === 'rolled-back') && (
        <LazyPartBoundary what="the save failure dialog" part={SaveFailureDialog}>
          <SaveFailureDialog state={saveState} save={saver} />
        </LazyPartBoundary>
      )}
      {saveState.kind === 'conflict' && (
        <LazyPartBoundary what="the concurrent change dialog" part={ConcurrentChangeDialog}>
          <ConcurrentChangeDialog
            step={saveState.step}
            current={saveState.current}
            onReload={() => {
              discard();
              onReload();
            }}
            onOverwrite={() =>
              // Loaded already: the conflict came from a save.
              void loadSaveEngine().then(({ virtualServiceToForm }) =>
                saver.overwrite((next) => {
                  if (!next.loaded) return;
                  const theirs = virtualServiceToForm(next.loaded);
                  form.reset(mergeEdits(pristine, form.getValues(), theirs), { keepDefaultValues: true });
                  setPristine(theirs);
                }),
              )
            }
            onCancel={saver.dismiss}
          />
        </LazyPartBoundary>
      )}
    </FormProvider>
  );
});


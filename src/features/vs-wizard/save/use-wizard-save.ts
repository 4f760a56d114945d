import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { apiClient } from '@/api/client';
import { ConcurrentChangeError } from '@/api/errors';
import type { Pool, VsVip } from '@/domain/model';
import type { WizardValues } from '../model/wizard-schema';
import type { MappedError } from './error-fields';
import { loadSaveEngine } from './load-save-engine';
import type { PlanStep, ReplaceStep, WizardObjects } from './plan';
import type { RollbackOutcome, SaveStepError, WrittenObject } from './run-save';

/**
 * Save orchestration shared by the wizard and Basic Setup: one run at a time (a double click saves once),
 * each written object recorded at once so an interrupted save is reused instead of repeated, and on a
 * failure the admin is told what exists and chooses to roll it back or keep it.
 */

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; step: PlanStep | undefined }
  | { kind: 'failed'; error: SaveStepError; mapped: MappedError; undo: WrittenObject[]; notWritten: PlanStep[] }
  | { kind: 'rolling-back'; undo: WrittenObject[] }
  | { kind: 'rolled-back'; outcomes: RollbackOutcome[]; mapped: MappedError }
  | { kind: 'conflict'; step: ReplaceStep; current: Record<string, unknown> & { _last_modified?: string } };

interface UseSaveOptions {
  getValues(): WizardValues;
  objects: WizardObjects;
  setObjects(update: (objects: WizardObjects) => WizardObjects): void;
  onSaved(virtualService: WrittenObject['result']): void;
  /** Shows a controller error at its field or step once the admin has decided about what was created. */
  onError(mapped: MappedError): void;
}

function recordWrite(objects: WizardObjects, entry: WrittenObject): WizardObjects {
  const { step, result } = entry;
  if (step.action === 'create') {
    if (step.type === 'pool') return { ...objects, adopted: { ...objects.adopted, pool: result as unknown as Pool } };
    if (step.type === 'vsvip') return { ...objects, adopted: { ...objects.adopted, vsVip: result as unknown as VsVip } };
    return objects;
  }
  if (!objects.loaded) return step.type === 'pool' ? { ...objects, adopted: { ...objects.adopted, pool: result as unknown as Pool } } : { ...objects, adopted: { ...objects.adopted, vsVip: result as unknown as VsVip } };
  const key = step.type === 'virtualservice' ? 'virtualService' : step.type === 'pool' ? 'pool' : 'vsVip';
  return { ...objects, loaded: { ...objects.loaded, [key]: result } as WizardObjects['loaded'] };
}

/** Objects an earlier, kept save created: part of what a rollback removes. */
function earlierCreations(objects: WizardObjects, written: readonly WrittenObject[]): WrittenObject[] {
  const entries: WrittenObject[] = [];
  const adopted = objects.adopted ?? {};
  const inThisRun = (uuid: unknown) => written.some((w) => w.result.uuid === uuid);
  if (adopted.pool && !inThisRun(adopted.pool.uuid)) {
    entries.push({ step: { action: 'create', type: 'pool', name: adopted.pool.name, body: {} }, result: adopted.pool as unknown as WrittenObject['result'] });
  }
  if (adopted.vsVip && !inThisRun(adopted.vsVip.uuid)) {
    entries.push({ step: { action: 'create', type: 'vsvip', name: adopted.vsVip.name, body: {} }, result: adopted.vsVip as unknown as WrittenObject['result'] });
  }
  return entries;
}

export function useWizardSave({ getValues, objects, setObjects, onSaved, onError }: UseSaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const inFlight = useRef(false);
  const objectsRef = useRef(objects);
  useLayoutEffect(() => {
    objectsRef.current = objects;
  }, [objects]);

  const update = useCallback(
    (change: (current: WizardObjects) => WizardObjects) => {
      objectsRef.current = change(objectsRef.current);
      setObjects(() => objectsRef.current);
    },
    [setObjects],
  );

  const save = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const values = getValues();
    let engine: Awaited<ReturnType<typeof loadSaveEngine>>;
    try {
      engine = await loadSaveEngine();
    } catch (error) {
      inFlight.current = false;
      onError({ step: 'review', message: `The save could not start: its code did not load (${error instanceof Error ? error.message : String(error)}). Save again.` });
      return;
    }
    const plan = engine.buildSavePlan(values, objectsRef.current);
    setState({ kind: 'saving', step: plan[0] });
    try {
      const written = await engine.runSavePlan(apiClient, plan, (entry) => {
        update((current) => recordWrite(current, entry));
        const next = plan[plan.indexOf(entry.step) + 1];
        setState({ kind: 'saving', step: next });
      });
      const vs = written.find((w) => w.step.type === 'virtualservice');
      setState({ kind: 'idle' });
      if (vs) onSaved(vs.result);
    } catch (error) {
      if (!(error instanceof engine.SaveStepError)) {
        setState({ kind: 'idle' });
        onError({ step: 'review', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (error.cause instanceof ConcurrentChangeError && error.step.action === 'replace') {
        setState({ kind: 'conflict', step: error.step, current: error.cause.current as Record<string, unknown> });
        return;
      }
      const mapped = engine.mapSaveError(error.cause, error.step, values.settings.pool.mode);
      const undo = [...earlierCreations(objectsRef.current, error.written), ...error.written];
      if (undo.length === 0) {
        setState({ kind: 'idle' });
        onError(mapped);
        return;
      }
      setState({ kind: 'failed', error, mapped, undo, notWritten: plan.slice(plan.indexOf(error.step)) });
    } finally {
      inFlight.current = false;
    }
  }, [getValues, update, onSaved, onError]);

  /** Keep what was created: it is reused by the next Save. */
  const keep = useCallback(() => {
    if (state.kind !== 'failed') return;
    setState({ kind: 'idle' });
    onError(state.mapped);
  }, [state, onError]);

  /** Delete what was created (and put back what was replaced), in reverse order. */
  const rollback = useCallback(async () => {
    if (state.kind !== 'failed' || inFlight.current) return;
    inFlight.current = true;
    const { undo, mapped } = state;
    setState({ kind: 'rolling-back', undo });
    try {
      const { rollbackWrites } = await loadSaveEngine();
      const outcomes = await rollbackWrites(apiClient, undo);
      update((current) => {
        let next: WizardObjects = { ...current, adopted: { ...current.adopted } };
        for (const outcome of outcomes) {
          if (!outcome.ok) continue;
          const { step, result } = outcome.written;
          if (step.action === 'create') {
            if (step.type === 'pool' && next.adopted?.pool?.uuid === result.uuid) next.adopted = { ...next.adopted, pool: undefined };
            if (step.type === 'vsvip' && next.adopted?.vsVip?.uuid === result.uuid) next.adopted = { ...next.adopted, vsVip: undefined };
          } else if (outcome.restored) {
            next = recordWrite(next, { step, result: outcome.restored });
          }
        }
        return next;
      });
      setState({ kind: 'rolled-back', outcomes, mapped });
    } finally {
      inFlight.current = false;
    }
  }, [state, update]);

  /**
   * After a concurrent change: take the controller's current version as the loaded one, let the caller merge
   * the admin's edits onto it (`rebase`), and save again.
   */
  const overwrite = useCallback(
    (rebase?: (objects: WizardObjects) => void) => {
      if (state.kind !== 'conflict') return;
      const { step, current } = state;
      update((objects) => recordWrite(objects, { step, result: current }));
      rebase?.(objectsRef.current);
      setState({ kind: 'idle' });
      queueMicrotask(() => void save());
    },
    [state, update, save],
  );

  const dismiss = useCallback(() => {
    if (state.kind === 'rolled-back') onError(state.mapped);
    setState({ kind: 'idle' });
  }, [state, onError]);

  return { state, save, keep, rollback, overwrite, dismiss, isSaving: state.kind === 'saving' || state.kind === 'rolling-back' };
}

export type WizardSave = ReturnType<typeof useWizardSave>;

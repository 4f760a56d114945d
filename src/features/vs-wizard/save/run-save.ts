import type { ApiClient } from '@/api/client';
import { ConcurrentChangeError, ControllerUnreachableError } from '@/api/errors';
import { parseRef, refName, sameRef } from '@/domain/model';
import { describeStep, planObjectLabels, type PlanStep } from './plan';

/**
 * Runs a save plan with the API client, one request after the other, and reports each object written.
 * A replace is preceded by a GET: when `_last_modified` differs from the loaded version, someone else saved
 * the object meanwhile and the run stops with `ConcurrentChangeError` instead of overwriting their change.
 */

export interface WrittenObject {
  step: PlanStep;
  /** The object as the controller answered (with its uuid and new `_last_modified`). */
  result: Record<string, unknown> & { uuid?: string; name?: string; _last_modified?: string; url?: string };
  /** For a replace: the version it replaced, restored by a rollback. */
  previous?: Record<string, unknown> | undefined;
}

export class SaveStepError extends Error {
  readonly step: PlanStep;
  readonly written: WrittenObject[];
  override readonly cause: unknown;

  constructor(step: PlanStep, cause: unknown, written: WrittenObject[]) {
    super(`${describeStep(step)} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SaveStepError';
    this.step = step;
    this.cause = cause;
    this.written = written;
  }
}

type Client = Pick<ApiClient, 'create' | 'replace' | 'get' | 'list' | 'remove'>;

interface Listed {
  results: (Record<string, unknown> & { uuid?: string; vsvip_ref?: string; pool_ref?: string })[];
}

/** After a lost answer to a POST: did the controller create it anyway? Only trusted when it points to what this save created. */
async function findCreated(client: Client, step: PlanStep): Promise<WrittenObject['result'] | undefined> {
  if (step.action !== 'create' || step.type !== 'virtualservice') return undefined;
  const found = (await client.list(step.type, { name: step.name, include_name: true })) as unknown as Listed;
  const candidate = found.results[0];
  if (!candidate) return undefined;
  const pointsToSame = (field: 'vsvip_ref' | 'pool_ref') => {
    const sent = step.body[field];
    const got = candidate[field];
    if (typeof sent !== 'string') return got === undefined;
    if (typeof got !== 'string') return false;
    const parsed = parseRef(sent);
    return parsed?.kind === 'name' ? refName(got) === parsed.name : sameRef(sent, got);
  };
  return pointsToSame('vsvip_ref') && pointsToSame('pool_ref') ? candidate : undefined;
}

export async function runSavePlan(client: Client, plan: readonly PlanStep[], onWritten: (written: WrittenObject) => void): Promise<WrittenObject[]> {
  const written: WrittenObject[] = [];
  for (const step of plan) {
    try {
      let entry: WrittenObject;
      if (step.action === 'create') {
        let result: WrittenObject['result'];
        try {
          result = await client.create(step.type, step.body);
        } catch (error) {
          const recovered = error instanceof ControllerUnreachableError ? await findCreated(client, step).catch(() => undefined) : undefined;
          if (!recovered) throw error;
          result = recovered;
        }
        entry = { step, result };
      } else {
        const current = await client.get<Record<string, unknown> & { _last_modified?: string }>(step.type, step.uuid);
        if (current._last_modified !== step.loaded._last_modified) {
          throw new ConcurrentChangeError(`${planObjectLabels[step.type]} "${step.loaded.name as string}"`, current);
        }
        const result = await client.replace<WrittenObject['result']>(step.type, step.uuid, step.body);
        entry = { step, result, previous: step.loaded };
      }
      written.push(entry);
      onWritten(entry);
    } catch (error) {
      throw new SaveStepError(step, error, written);
    }
  }
  return written;
}

export interface RollbackOutcome {
  written: WrittenObject;
  ok: boolean;
  error?: unknown;
  /** For a restored replace: the object as it is now. */
  restored?: Record<string, unknown>;
}

/** Undoes written objects in reverse order: deletes what was created, puts back what was replaced. */
export async function rollbackWrites(client: Client, written: readonly WrittenObject[]): Promise<RollbackOutcome[]> {
  const outcomes: RollbackOutcome[] = [];
  for (const entry of [...written].reverse()) {
    const uuid = entry.result.uuid ?? (entry.step.action === 'replace' ? entry.step.uuid : undefined);
    try {
      if (!uuid) throw new Error('The controller did not say which uuid it gave the object.');
      if (entry.step.action === 'create') {
        await client.remove(entry.step.type, uuid);
        outcomes.push({ written: entry, ok: true });
      } else {
        const restored = await client.replace<Record<string, unknown>>(entry.step.type, uuid, entry.previous);
        outcomes.push({ written: entry, ok: true, restored });
      }
    } catch (error) {
      outcomes.push({ written: entry, ok: false, error });
    }
  }
  return outcomes;
}

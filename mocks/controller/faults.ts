import { HttpError, isPlainObject } from './types';

/** A fault injected through `POST /__mock__/faults`. */
export interface Fault {
  id: number;
  /** HTTP method to match (upper case), or undefined for any. */
  method: string | undefined;
  /** Regular expression (source) matched against the path plus query string. */
  path: string;
  /** Status to answer with; undefined means "only delay, then answer normally". */
  status: number | undefined;
  /** Response body: an object is sent as JSON, a string as text. */
  body: unknown;
  /** Remaining matches; undefined means until the faults are cleared. */
  times: number | undefined;
  delayMs: number;
}

const MAX_DELAY_MS = 60_000;

export class FaultList {
  private faults: Fault[] = [];
  private nextId = 1;
  onChange: (() => void) | undefined;

  list(): readonly Fault[] {
    return this.faults;
  }

  add(input: unknown): Fault {
    if (!isPlainObject(input)) throw new HttpError(400, 'A fault is a JSON object: {"method", "path", "status", "body", "times", "delayMs"}.');
    const { method, path, status, body, times, delayMs } = input;
    if (method !== undefined && (typeof method !== 'string' || !/^[A-Za-z]{1,10}$/.test(method))) throw new HttpError(400, 'Fault "method" must be an HTTP method such as "POST".');
    if (typeof path !== 'string' || path === '') throw new HttpError(400, 'Fault "path" must be a regular expression matched against the request path, such as "^/api/virtualservice".');
    try {
      new RegExp(path);
    } catch {
      throw new HttpError(400, `Fault "path" is not a valid regular expression: ${path.slice(0, 80)}`);
    }
    if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599)) {
      throw new HttpError(400, 'Fault "status" must be an HTTP status from 200 to 599.');
    }
    if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 0)) throw new HttpError(400, 'Fault "times" must be a whole number (0 or absent: until cleared).');
    if (delayMs !== undefined && (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS)) {
      throw new HttpError(400, `Fault "delayMs" must be from 0 to ${MAX_DELAY_MS}.`);
    }
    if (status === undefined && !delayMs) throw new HttpError(400, 'A fault needs a "status" to answer with, a "delayMs", or both.');
    const fault: Fault = {
      id: this.nextId++,
      method: typeof method === 'string' ? method.toUpperCase() : undefined,
      path,
      status: status as number | undefined,
      body,
      times: times ? (times as number) : undefined,
      delayMs: (delayMs as number | undefined) ?? 0,
    };
    this.faults.push(fault);
    this.onChange?.();
    return fault;
  }

  clear(): void {
    this.faults = [];
    this.onChange?.();
  }

  /** The first fault matching the request; counts it down. */
  take(method: string, pathAndQuery: string): Fault | undefined {
    const index = this.faults.findIndex((f) => (f.method === undefined || f.method === method) && safeTest(f.path, pathAndQuery));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
      this.onChange?.();
    }
    return fault;
  }

  serialize(): { nextId: number; faults: Fault[] } {
    return { nextId: this.nextId, faults: this.faults };
  }

  load(value: unknown): void {
    if (!isPlainObject(value) || !Array.isArray(value.faults) || typeof value.nextId !== 'number') return;
    this.nextId = value.nextId;
    this.faults = value.faults.filter((f): f is Fault => isPlainObject(f) && typeof f.id === 'number' && typeof f.path === 'string');
  }
}

function safeTest(source: string, text: string): boolean {
  try {
    return new RegExp(source).test(text);
  } catch {
    return false;
  }
}

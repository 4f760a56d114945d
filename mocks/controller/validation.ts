import type { z } from 'zod';
import { HttpError, isPlainObject, type JsonObject } from './types';

/** Request bodies above this size are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a JSON request body: an object, not too big, not too deep, without prototype-polluting keys. */
export async function readJsonObject(request: Request): Promise<JsonObject> {
  const text = await readBodyText(request);
  if (text.trim() === '') throw new HttpError(400, 'The request body is empty: expected a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `Malformed JSON in the request body: ${error instanceof Error ? error.message : 'cannot parse it'}.`);
  }
  if (!isPlainObject(value)) {
    throw new HttpError(400, `The request body must be a JSON object, not ${describeJsonType(value)}.`);
  }
  assertSafeJson(value);
  return value;
}

export async function readBodyText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new HttpError(400, 'The request body could not be read.');
  }
  if (text.length > MAX_BODY_BYTES) throw tooLarge();
  return text;
}

function tooLarge(): HttpError {
  return new HttpError(413, `The request body is too large (the limit is ${MAX_BODY_BYTES / (1024 * 1024)} MB).`);
}

/** Refuses `__proto__`/`constructor`/`prototype` keys and nesting deeper than any controller object needs. */
export function assertSafeJson(root: unknown): void {
  const stack: [unknown, number, string][] = [[root, 0, '']];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) throw new HttpError(400, `The request body is nested too deeply (more than ${MAX_DEPTH} levels) at ${path || 'the top level'}.`);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, depth + 1, `${path}.${i}`]));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new HttpError(400, `Field "${path ? `${path.slice(1)}.` : ''}${key}" is not allowed.`);
      stack.push([(value as JsonObject)[key], depth + 1, `${path}.${key}`]);
    }
  }
}

export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

function shortJson(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

type Issue = z.core.$ZodIssue & { input?: unknown };

/** One zod issue as a sentence naming the field by its dotted path. */
export function describeIssue(issue: Issue): string {
  const path = issue.path.map(String).join('.');
  const field = path ? `Field "${path}"` : 'The object';
  const got = 'input' in issue && issue.input !== undefined ? ` (got ${shortJson(issue.input)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is required`;
      return `${field} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeJsonType(issue.input)}${got}`;
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return `${field} must have at most ${max} entries`;
      if (issue.origin === 'string') return `${field} must be at most ${max} characters long`;
      return `${field} must be ${issue.inclusive ? 'at most' : 'less than'} ${max}${got}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return `${field} must have at least ${min} ${min === '1' ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return min === '1' ? `${field} must not be empty` : `${field} must be at least ${min} characters long`;
      return `${field} must be ${issue.inclusive ? 'at least' : 'more than'} ${min}${got}`;
    }
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => String(v)).join(', ')}${got}`;
    default: {
      const message = issue.message;
      if (/^(is|must|needs|has|should)\b/.test(message)) return `${field} ${message}`;
      return `${field}: ${message}`;
    }
  }
}

/** The `{"error"}` message for a failed schema parse: the first few issues, each naming its field. */
export function describeIssues(model: string, issues: readonly Issue[]): string {
  const shown = issues.slice(0, 5).map(describeIssue);
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more problems)` : '';
  return `Invalid ${model}: ${shown.join('; ')}${more}.`;
}

import { jsonEqual } from '@/components/object-form/field-edits';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Three-way merge of form values after someone else saved the object: where the admin changed a value
 * (mine differs from what was opened) it wins; everywhere else the other person's version is taken.
 * Lists are merged as a whole.
 */
export function mergeEdits<T>(opened: T, mine: T, theirs: T): T {
  if (jsonEqual(mine, opened)) return structuredClone(theirs);
  if (isRecord(opened) && isRecord(mine) && isRecord(theirs)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) out[key] = mergeEdits(opened[key], mine[key], theirs[key]);
    return out as T;
  }
  return structuredClone(mine);
}

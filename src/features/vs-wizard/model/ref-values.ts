import { sameRef } from '@/domain/model';

/**
 * A ref the form holds, written back as the loaded object had it when it points to the same object:
 * choosing the same profile again must not turn `https://ctl/api/x/uuid` into `/api/x/uuid#name`.
 */
export function keepLoadedRef(value: string | undefined, loaded: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  return typeof loaded === 'string' && (loaded === value || sameRef(loaded, value)) ? loaded : value;
}

/** The ref a form field shows: the object's ref, or empty. */
export function refText(ref: unknown): string {
  return typeof ref === 'string' ? ref : '';
}

/** Text of a whole number field, or empty when the object has none. */
export function numberText(value: unknown, fallback?: number): string {
  if (typeof value === 'number') return String(value);
  return fallback === undefined ? '' : String(fallback);
}

/** A form's number text as the API wants it; text that is not a number stays text (validation refuses it first). */
export function parseWhole(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

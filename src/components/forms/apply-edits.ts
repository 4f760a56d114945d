/**
 * Edits go back to the controller as the object was loaded, with only the edited fields changed: a PUT
 * replaces the whole object, so anything the form does not show must be sent back untouched.
 */
export function withEdits<T extends object>(loaded: T, edits: Partial<T>, shown: Partial<T>): T {
  const next: T = structuredClone(loaded);
  for (const key of Object.keys(edits) as (keyof T)[]) {
    const edited = edits[key];
    if (JSON.stringify(edited) === JSON.stringify(shown[key])) continue;
    if (edited === undefined) delete next[key];
    else next[key] = structuredClone(edited) as T[keyof T];
  }
  return next;
}

import { changedLabels, listInWords } from './form-diff';
import { conflictCurrent, isConflict } from './form-problem';

/** A contract schema's parse, as far as it is needed here (the zod schemas of `@tandem/api`). */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** How an edit dialog goes on after a refused stale save. */
export interface Rebase<V> {
  /** The version to send next: the one the server has now. */
  readonly version: number;
  /** What the next save is compared with: theirs, except where this user changed a field. */
  readonly base: V;
  /** What the form shows: this user's changes on top of theirs. */
  readonly form: V;
  /** What someone else changed, and what saving again will do. */
  readonly message: string;
}

/**
 * After a version conflict on an edit, reads the server's current copy from the problem and puts
 * this user's changes (`base` → `mine`) on top of it: fields they did not touch take their new
 * value, fields they changed keep the user's. Saving again then sends only the user's changes with
 * the current version, so nothing someone else saved is undone. Null when the error is not a
 * conflict or carries no readable copy.
 */
export function rebaseAfterConflict<T extends { version: number }, V extends object>(
  error: unknown,
  schema: Parser<T>,
  edit: { readonly base: V; readonly mine: V },
  valuesOf: (current: T) => V,
  labels: Readonly<Partial<Record<keyof V, string>>>,
): Rebase<V> | null {
  if (!isConflict(error)) return null;
  const current = schema.safeParse(conflictCurrent(error));
  if (!current.success) return null;
  const theirs = valuesOf(current.data);
  const base = { ...edit.base };
  const form = { ...edit.mine };
  for (const key of Object.keys(theirs) as (keyof V)[]) {
    if (!sameValue(edit.mine[key], edit.base[key])) continue;
    base[key] = theirs[key];
    form[key] = theirs[key];
  }
  const changed = listInWords(changedLabels(edit.base, theirs, labels));
  return {
    version: current.data.version,
    base,
    form,
    message: `Someone else ${changed ? `changed the ${changed}` : 'saved a change'} while you were editing; the form now shows their version with your changes on top. Save again to keep your changes, or cancel to keep theirs.`,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

import { isApiError, problemTypes } from '@tandem/api';
import { describeError, fieldLabel } from '../../lib/problem';

/** A refused write, sorted for a form: messages under the fields the form has, the rest above it. */
export interface FormProblem {
  /** Form field name → message, for `form.setErrors`. */
  readonly fields: Record<string, string>;
  /** What no field of the form can show (a conflict, a permission, an unreachable server). */
  readonly general: string | null;
  /** The server refused a stale version: someone else saved in between. */
  readonly conflict: boolean;
}

/**
 * Sorts a write's error for a form holding `formFields`. A field error on a list item
 * (`body.links.2`) lands on its list field as "Links item 3 …" (counting the items saved, blank
 * lines left out); errors naming no field of the form, and any other failure, become the general message.
 */
export function formProblem(error: unknown, formFields: readonly string[]): FormProblem {
  if (!error) return { fields: {}, general: null, conflict: false };
  if (isConflict(error)) {
    return {
      fields: {},
      general:
        'Someone else saved a change meanwhile; the page now shows theirs. Cancel and open it again to edit their version.',
      conflict: true,
    };
  }
  if (!isApiError(error) || error.fieldErrors.length === 0) {
    return { fields: {}, general: describeError(error), conflict: false };
  }
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    const [name = '', item] = field.replace(/^body\./, '').split('.');
    if (!formFields.includes(name)) {
      unplaced.push(`${fieldLabel(field)} ${message}.`);
      continue;
    }
    const position = item !== undefined && /^\d+$/.test(item) ? ` item ${Number(item) + 1}` : '';
    // one message per field: the first is enough to fix, the next shows after the retry
    fields[name] ??= `${fieldLabel(name)}${position} ${message}`;
  }
  return { fields, general: unplaced.length > 0 ? unplaced.join(' ') : null, conflict: false };
}

/** True for a refused stale write (409 with the version-conflict problem). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem.type === problemTypes.versionConflict;
}

/** The server's current copy carried by a version conflict, when it sent one. */
export function conflictCurrent(error: unknown): unknown {
  if (!isApiError(error) || !isConflict(error)) return undefined;
  return error.problem.current;
}

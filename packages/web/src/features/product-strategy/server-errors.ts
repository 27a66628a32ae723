import { isApiError } from '@tandem/api';
import { fieldLabel } from '../../lib/problem';

/**
 * The server's field errors keyed by form path (`body.keyResults.1.target` → `keyResults.1.target`),
 * for Mantine's `form.setErrors`. A top-level field reads "Title must not be empty"; a field inside
 * a list row, whose input already says which row and field it is, reads "Must differ from the
 * baseline". The version of a stale write is not a form field: it is left out.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) {
    const path = field.replace(/^body\./, '');
    if (path === 'version') continue;
    errors[path] = path.includes('.')
      ? message.charAt(0).toUpperCase() + message.slice(1)
      : `${fieldLabel(path)} ${message}`;
  }
  return errors;
}

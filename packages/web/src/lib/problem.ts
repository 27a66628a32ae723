import { isApiError, problemTypes } from '@tandem/api';

/** The seconds to wait before retrying a 429, from the problem document, if it says. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!isApiError(error) || error.status !== 429) return null;
  const extension = error.problem.retryAfter;
  if (typeof extension === 'number' && Number.isFinite(extension)) return Math.max(1, Math.ceil(extension));
  const fromDetail = /(\d+)\s*(?:s\b|sec|second)/i.exec(error.problem.detail ?? '');
  return fromDetail ? Number(fromDetail[1]) : null;
}

/** True when the server says there is no (valid) session: the user must sign in again. */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.problem.type !== problemTypes.invalidCredentials;
}

/** True when the object does not exist or belongs to a workspace the user cannot see. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** A sentence for the user explaining why a request failed. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 429) {
      const seconds = retryAfterSeconds(error);
      return seconds === null
        ? 'Too many attempts. Please wait a moment and try again.'
        : `Too many attempts, try again in ${seconds} s.`;
    }
    if (error.problem.type === problemTypes.invalidCredentials) {
      return 'Wrong email or password.';
    }
    const [first] = error.fieldErrors;
    if (first) return `${fieldLabel(first.field)} ${first.message}.`;
    return error.problem.detail ?? error.problem.title;
  }
  if (error instanceof TypeError) {
    return 'Tandem’s server cannot be reached. Check that it is running and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** `body.startDate` → "Start date". */
export function fieldLabel(field: string): string {
  const name = field.replace(/^(body|params|query)\./, '');
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The server's field errors keyed by form field (`body.name` → `name`), for Mantine's
 * `form.setErrors`. Empty when the error is not about input.
 */
export function formErrorsFrom(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) {
    const name = field.replace(/^body\./, '');
    errors[name] = `${fieldLabel(name)} ${message}`;
  }
  return errors;
}

import { isApiError } from '@tandem/api';
import { describeError } from '../../lib/problem';

/**
 * The message for a refused CSV import. The server's detail names the file, line and column
 * ("feedback.csv:3: column importance: …"), which the generic field label would mangle.
 */
export function importProblemMessage(error: unknown): string {
  if (isApiError(error) && error.problem.detail) return error.problem.detail;
  return describeError(error);
}

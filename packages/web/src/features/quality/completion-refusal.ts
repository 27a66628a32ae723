import { isApiError } from '@tandem/api';

/**
 * Why the server refused to complete a task, one line each, when it did so because of its quality
 * gate: a 409 carrying `blockers` (the gate's reasons), else its field errors or detail. Null for
 * other failures (a stale version, a network error), which are reported the usual way.
 */
export function completionRefusal(error: unknown): string[] | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const { blockers } = error.problem;
  if (Array.isArray(blockers) && blockers.length > 0 && blockers.every((b) => typeof b === 'string')) {
    return blockers as string[];
  }
  // A version conflict carries the current object: that is not a gate refusal.
  if (error.problem.current !== undefined) return null;
  const messages = error.fieldErrors.map((e) => e.message);
  if (messages.length > 0) return messages;
  return [error.problem.detail ?? error.problem.title];
}

/** The sentence shown when completion is refused: "… cannot be completed: a; b." */
export function refusalMessage(taskName: string, blockers: readonly string[]): string {
  return `${taskName} cannot be completed: ${blockers.join('; ')}.`;
}

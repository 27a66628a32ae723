import type { TaskRow } from '../tasks/tasks.repository';

export const PLAN_EDIT_MESSAGE = 'tandem:plan-edit';

/**
 * An edit one serving process took in place on a cached plan, for the other processes of a
 * cluster (`TANDEM_WORKERS`) to follow: the project's plan went from `fromStamp` to `toStamp` when
 * the task row became `row` (as stored). See ProjectScheduler.applyReplicatedEdit.
 */
export interface PlanEditMessage {
  readonly type: typeof PLAN_EDIT_MESSAGE;
  readonly projectId: string;
  readonly fromStamp: string;
  readonly toStamp: string;
  readonly row: TaskRow;
}

/** Whether an IPC message is a plan edit relayed between cluster workers. */
export function isPlanEditMessage(message: unknown): message is PlanEditMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Record<keyof PlanEditMessage, unknown>>;
  return (
    m.type === PLAN_EDIT_MESSAGE &&
    typeof m.projectId === 'string' &&
    typeof m.fromStamp === 'string' &&
    typeof m.toStamp === 'string' &&
    typeof m.row === 'object' &&
    m.row !== null
  );
}

import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { type CriterionRow, findGate, type GateRow, listCriteria } from './quality.repository';

/** Why a gate does not let its milestone complete, one readable line each (empty when it does). */
export function gateBlockers(gate: GateRow | undefined, criteria: readonly CriterionRow[]): string[] {
  if (!gate) return [];
  const blockers: string[] = [];
  const open = criteria.filter((c) => c.checked !== 1);
  if (open.length > 0) {
    blockers.push(
      `${open.length} of ${criteria.length} acceptance criteria not met: ${open.map((c) => `"${c.text}"`).join(', ')}`,
    );
  }
  if (gate.signed_off_at === null) blockers.push('the approver has not signed the gate off');
  return blockers;
}

/**
 * The blockers of a task's gate, read in the caller's transaction: the task write that would
 * complete a gated milestone calls this and refuses with them.
 */
export async function completionBlockers(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
): Promise<string[]> {
  const gate = await findGate(db, workspaceId, taskId);
  if (!gate) return [];
  return gateBlockers(gate, await listCriteria(db, workspaceId, taskId));
}

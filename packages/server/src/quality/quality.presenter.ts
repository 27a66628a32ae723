import type { TaskQuality } from '@tandem/api';
import { gateBlockers } from './gate-rules';
import type { CriterionRow, GateRow } from './quality.repository';

export function presentQuality(
  taskId: string,
  criteria: readonly CriterionRow[],
  gate: GateRow | undefined,
): TaskQuality {
  const blockers = gateBlockers(gate, criteria);
  return {
    taskId,
    criteria: criteria.map((c) => ({
      id: c.id,
      taskId: c.task_id,
      text: c.text,
      position: c.position,
      checked: c.checked === 1,
      checkedBy: c.checked_by,
      checkedAt: c.checked_at,
      version: c.version,
    })),
    gate: gate
      ? {
          taskId: gate.task_id,
          approverId: gate.approver_id,
          signedOffBy: gate.signed_off_by,
          signedOffAt: gate.signed_off_at,
          version: gate.version,
        }
      : null,
    satisfied: blockers.length === 0,
    blockers,
  };
}

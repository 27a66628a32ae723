import type { RiskEventInput } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { listRisks, listRiskTasks } from '../risks/risks.repository';

/**
 * The project's risks as simulation events: open and monitored risks at their probability, risks
 * that occurred at certainty, closed ones not at all. Each linked task grows by the schedule impact
 * (an opportunity shrinks it); the cost impact is counted once per occurrence.
 */
export async function loadRiskEvents(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<RiskEventInput[]> {
  const risks = (await listRisks(db, workspaceId, projectId)).filter((risk) => risk.status !== 'closed');
  const tasks = await listRiskTasks(
    db,
    workspaceId,
    risks.map((risk) => risk.id),
  );
  const events: RiskEventInput[] = [];
  for (const risk of risks) {
    const taskIds = tasks.get(risk.id) ?? [];
    if (taskIds.length === 0) continue;
    const sign = risk.kind === 'opportunity' ? -1 : 1;
    events.push({
      id: risk.id,
      name: risk.title,
      probability: risk.status === 'occurred' ? 1 : risk.probability_percent / 100,
      impacts: taskIds.map((taskId, i) => ({
        taskId,
        delay: sign * risk.schedule_impact_minutes,
        cost: i === 0 ? sign * Number(risk.cost_impact_minor) : 0,
      })),
    });
  }
  return events;
}

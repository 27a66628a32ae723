import { OPPORTUNITY_STRATEGIES, type RiskKind, type RiskStrategy, THREAT_STRATEGIES } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import { findRole } from '../memberships/memberships.repository';

/** The probability a rating stands for when no number is given (midpoints of five bands). */
export const PROBABILITY_OF_RATING: Readonly<Record<number, number>> = { 1: 10, 2: 30, 3: 50, 4: 70, 5: 90 };

/** The response a risk gets unless one is chosen. */
export function defaultStrategy(kind: RiskKind): RiskStrategy {
  return kind === 'threat' ? 'mitigate' : 'enhance';
}

/** A strategy must suit the kind: a threat is not exploited, an opportunity not avoided. */
export function checkStrategy(kind: RiskKind, strategy: RiskStrategy): void {
  const allowed = kind === 'threat' ? THREAT_STRATEGIES : OPPORTUNITY_STRATEGIES;
  if (!allowed.includes(strategy)) {
    throw problems.validation(
      'body.strategy',
      `a ${kind} takes one of ${allowed.join(', ')}, not ${strategy}`,
    );
  }
}

/** An owner must be a member of the workspace. */
export async function checkOwner(
  db: Kysely<Database>,
  workspaceId: string,
  ownerId: string | null | undefined,
  field: string,
): Promise<void> {
  if (ownerId == null) return;
  if (!(await findRole(db, workspaceId, ownerId))) {
    throw problems.validation(field, `${ownerId} is not a member of this workspace`);
  }
}

/** Linked tasks must be tasks of the risk's project; answers them deduplicated and sorted. */
export async function checkTasks(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  taskIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(taskIds)].sort();
  if (unique.length === 0) return unique;
  const rows = await db
    .selectFrom('tasks')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('id', 'in', unique)
    .execute();
  const found = new Set(rows.map((r) => r.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw problems.validation('body.taskIds', `task ${missing} is not a task of this project`);
  return unique;
}

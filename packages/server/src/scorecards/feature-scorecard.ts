import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import type { ScorecardInputs } from './scorecard-score';
import { listCriteria, listScorecardValues, writeScorecardValues } from './scorecards.repository';

/** The workspace's criteria and each feature's values, for scoring and presenting features. */
export interface FeatureScorecards {
  readonly criteria: ScorecardInputs['criteria'];
  /** Feature id → criterion id → value. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export async function loadFeatureScorecards(
  db: Kysely<Database>,
  workspaceId: string,
  featureIds: readonly string[],
): Promise<FeatureScorecards> {
  const criteria = await listCriteria(db, workspaceId);
  const values = new Map<string, Map<string, number>>();
  if (criteria.length === 0) return { criteria, values };
  for (const row of await listScorecardValues(db, workspaceId, featureIds)) {
    let own = values.get(row.featureId);
    if (!own) {
      own = new Map();
      values.set(row.featureId, own);
    }
    own.set(row.criterionId, row.value);
  }
  return { criteria, values };
}

/** One feature's slice of the loaded scorecards. */
export function scorecardInputsOf(scorecards: FeatureScorecards, featureId: string): ScorecardInputs {
  return { criteria: scorecards.criteria, values: scorecards.values.get(featureId) ?? new Map() };
}

/**
 * Checks and writes values sent for a feature (inside the caller's transaction): each criterion
 * must be one of the workspace's, named once, and each value a whole number on its scale.
 */
export async function applyScorecardValues(
  trx: Kysely<Database>,
  workspaceId: string,
  featureId: string,
  input: readonly { criterionId: string; value: number | null }[],
): Promise<void> {
  if (input.length === 0) return;
  const criteria = new Map((await listCriteria(trx, workspaceId)).map((c) => [c.id, c]));
  const seen = new Set<string>();
  input.forEach((entry, i) => {
    const criterion = criteria.get(entry.criterionId);
    if (!criterion)
      throw problems.validation(
        `body.scorecard.${i}.criterionId`,
        `${entry.criterionId} is not a criterion of this workspace's scorecard`,
      );
    if (seen.has(entry.criterionId))
      throw problems.validation(`body.scorecard.${i}.criterionId`, `${criterion.name} is named twice`);
    seen.add(entry.criterionId);
    const min = Number(criterion.scale_min);
    const max = Number(criterion.scale_max);
    if (entry.value !== null && (entry.value < min || entry.value > max))
      throw problems.validation(
        `body.scorecard.${i}.value`,
        `${criterion.name} is scored ${min}–${max}, not ${entry.value}`,
      );
  });
  await writeScorecardValues(trx, workspaceId, featureId, input);
}

import type { KeyResultInput } from '@tandem/api';
import { problems } from '../http/problem-error';
import type { KeyResultRow } from './goals.repository';

/** A key result must have a distance to cover, and kept ids must be the objective's own. */
export function checkKeyResults(inputs: readonly KeyResultInput[], existing: readonly KeyResultRow[]): void {
  const own = new Set(existing.map((k) => k.id));
  const seen = new Set<string>();
  for (const [i, kr] of inputs.entries()) {
    if (kr.target === kr.baseline)
      throw problems.validation(`body.keyResults.${i}.target`, 'must differ from the baseline');
    if (kr.id === undefined) continue;
    if (!own.has(kr.id))
      throw problems.validation(`body.keyResults.${i}.id`, `${kr.id} is not a key result of this objective`);
    if (seen.has(kr.id)) throw problems.validation(`body.keyResults.${i}.id`, `${kr.id} is listed twice`);
    seen.add(kr.id);
  }
}

/** A period ends on or after it starts. */
export function checkPeriod(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start)
    throw problems.validation('body.periodEnd', `must be on or after periodStart (${start})`);
}

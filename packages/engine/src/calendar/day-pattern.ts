import type { WorkingRange } from '../model/calendar.types';
import { MINUTES_PER_DAY } from './civil-days';

/** Working periods of one day, minutes after midnight, sorted, disjoint and with touching ranges joined. */
export interface DayPattern {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Working minutes in the day. */
  readonly total: number;
}

/** Index into a PatternTable. 0 is always the non-working day. */
export type PatternId = number & { readonly __unit?: 'pattern-id' };

export const NON_WORKING: PatternId = 0;

/**
 * Checks a day's ranges and returns them sorted with touching ranges joined, or a message naming
 * the first fault (the caller adds where it is).
 */
export function normalizeRanges(ranges: readonly WorkingRange[]): WorkingRange[] | string {
  for (const [i, range] of ranges.entries()) {
    const { from, to } = range;
    if (!Number.isInteger(from) || !Number.isInteger(to)) {
      return `range ${i + 1} (${from}–${to}) is not in whole minutes`;
    }
    if (from < 0 || to > MINUTES_PER_DAY) return `range ${i + 1} (${from}–${to}) is outside 0..1440`;
    if (from >= to) return `range ${i + 1} starts at or after its end (${from} ≥ ${to})`;
  }
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const joined: WorkingRange[] = [];
  for (const range of sorted) {
    const last = joined.at(-1);
    if (last && range.from < last.to) {
      return `ranges ${last.from}–${last.to} and ${range.from}–${range.to} overlap`;
    }
    if (last && range.from === last.to) joined[joined.length - 1] = { from: last.from, to: range.to };
    else joined.push({ from: range.from, to: range.to });
  }
  return joined;
}

/** Interns day patterns so that equal days share one compiled pattern (and one id). */
export class PatternTable {
  readonly patterns: DayPattern[] = [{ starts: [], ends: [], total: 0 }];
  private readonly ids = new Map<string, PatternId>([['', NON_WORKING]]);

  /** Id of a day given by already normalized ranges (see normalizeRanges). */
  intern(ranges: readonly WorkingRange[]): PatternId {
    const key = ranges.map((r) => `${r.from}-${r.to}`).join(',');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.patterns.length;
    this.patterns.push({
      starts: ranges.map((r) => r.from),
      ends: ranges.map((r) => r.to),
      total: ranges.reduce((sum, r) => sum + r.to - r.from, 0),
    });
    this.ids.set(key, id);
    return id;
  }
}

import { CalendarError } from './calendar-error';
import { type DayIndex, formatDay, MINUTES_PER_DAY } from './civil-days';
import type { DayResolver } from './resolve-calendars';

/** Days per block: working intervals are compiled lazily, one block of days at a time. */
export const BLOCK_DAYS = 256;
/** A scan that meets this many blocks in a row without working time (about 10 years) gives up. */
export const EMPTY_BLOCKS_LIMIT = Math.ceil(3653 / BLOCK_DAYS);
/** Block indexes whose minutes still fit an Int32Array (years −2113 … 6053). */
const MAX_BLOCK_INDEX = Math.floor(2 ** 31 / MINUTES_PER_DAY / BLOCK_DAYS) - 1;
/** Times a calendar accepts: ±2 000 years around 1970, leaving room for scans either side. */
export const MAX_ABS_TIME = 2000 * 366 * MINUTES_PER_DAY;

/**
 * The working intervals of BLOCK_DAYS consecutive days, as absolute minutes, sorted, disjoint, and
 * joined where one ends as the next starts (a night shift over midnight is one interval).
 */
export interface WorkingBlock {
  readonly index: number;
  /** Absolute minute of the block's first midnight. */
  readonly firstMinute: number;
  /**
   * dayFirst[d]: how many intervals start before midnight of the block's day d (BLOCK_DAYS + 1
   * entries): the intervals starting on day d are dayFirst[d] … dayFirst[d + 1] - 1, so a query
   * looks at one day's intervals instead of binary-searching the block.
   */
  readonly dayFirst: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** cumEnd[i]: working minutes from the block start to ends[i]. */
  readonly cumEnd: Int32Array;
  /** Working minutes in the block. */
  readonly total: number;
}

/**
 * Throws when a scan has met `emptyBlocks` blocks in a row without working time (about 10 years),
 * the last of them being block `index`, going forward (`after`) or back (`before`).
 */
export function checkEmptyRun(
  calendarId: string,
  emptyBlocks: number,
  index: number,
  direction: 'after' | 'before',
): void {
  if (emptyBlocks < EMPTY_BLOCKS_LIMIT) return;
  const days = EMPTY_BLOCKS_LIMIT * BLOCK_DAYS;
  const edge =
    direction === 'after' ? (index - emptyBlocks + 1) * BLOCK_DAYS : (index + emptyBlocks) * BLOCK_DAYS - 1;
  const span = direction === 'after' ? `from ${formatDay(edge)} on` : `up to ${formatDay(edge)}`;
  throw new CalendarError(
    `calendar "${calendarId}" has no working time in the ${days} days ${span}`,
    calendarId,
  );
}

/** Compiles and caches the blocks of one day resolver, reusing its base's blocks where they agree. */
export class BlockStore {
  private readonly blocks = new Map<number, WorkingBlock>();
  private last: WorkingBlock | undefined;

  /**
   * @param base the store of `days.delegate.base`, whose blocks this store reuses where `days`
   *   overrides none of their days.
   */
  constructor(
    private readonly days: DayResolver,
    private readonly base?: BlockStore,
  ) {}

  /** The block that holds minute `t`. */
  blockAt(t: number): WorkingBlock {
    return this.block(Math.floor(t / (MINUTES_PER_DAY * BLOCK_DAYS)));
  }

  block(index: number): WorkingBlock {
    const last = this.last;
    if (last !== undefined && last.index === index) return last;
    let block = this.blocks.get(index);
    if (!block) {
      block = this.compile(index);
      this.blocks.set(index, block);
    }
    this.last = block;
    return block;
  }

  private compile(index: number): WorkingBlock {
    if (index > MAX_BLOCK_INDEX || index < -MAX_BLOCK_INDEX - 1) {
      throw new CalendarError(
        `calendar "${this.days.id}": a scan reached ${formatDay(index * BLOCK_DAYS)}, out of range`,
        this.days.id,
      );
    }
    const firstDay: DayIndex = index * BLOCK_DAYS;
    const { delegate } = this.days;
    if (this.base && delegate && !delegate.overrides(firstDay, firstDay + BLOCK_DAYS - 1)) {
      return this.base.block(index);
    }
    const starts: number[] = [];
    const ends: number[] = [];
    const dayFirst = new Int32Array(BLOCK_DAYS + 1);
    for (let day = firstDay; day < firstDay + BLOCK_DAYS; day++) {
      dayFirst[day - firstDay] = starts.length;
      const pattern = this.days.patternOfDay(day);
      const midnight = day * MINUTES_PER_DAY;
      for (let i = 0; i < pattern.starts.length; i++) {
        const from = midnight + pattern.starts[i];
        const to = midnight + pattern.ends[i];
        if (ends.length > 0 && ends[ends.length - 1] === from) ends[ends.length - 1] = to;
        else {
          starts.push(from);
          ends.push(to);
        }
      }
    }
    dayFirst[BLOCK_DAYS] = starts.length;
    const cumEnd = new Int32Array(starts.length);
    let total = 0;
    for (let i = 0; i < starts.length; i++) {
      total += ends[i] - starts[i];
      cumEnd[i] = total;
    }
    return {
      index,
      firstMinute: firstDay * MINUTES_PER_DAY,
      dayFirst,
      starts: Int32Array.from(starts),
      ends: Int32Array.from(ends),
      cumEnd,
      total,
    };
  }
}

/**
 * Number of the block's intervals that start at or before `t` (strict: before `t`), for `t` inside
 * the block: the intervals of earlier days, plus those of t's day that qualify (usually one or two).
 */
export function startsUpTo(block: WorkingBlock, t: number, strict = false): number {
  const day = Math.floor((t - block.firstMinute) / MINUTES_PER_DAY);
  const { starts, dayFirst } = block;
  let k = dayFirst[day];
  const end = dayFirst[day + 1];
  if (strict) while (k < end && starts[k] < t) k++;
  else while (k < end && starts[k] <= t) k++;
  return k;
}

/**
 * Number of entries of a sorted array that are ≤ value (strict: < value), searched outward from
 * `hint` (galloping, then binary search): a few steps when the answer is near the hint, and never
 * more than about twice a plain binary search.
 */
export function countNear(sorted: Int32Array, value: number, hint: number, strict = false): number {
  const n = sorted.length;
  let lo: number;
  let hi: number;
  const from = Math.max(0, Math.min(n, hint));
  if (from < n && (strict ? sorted[from] < value : sorted[from] <= value)) {
    // The answer is past `from`: every entry before `lo` qualifies.
    lo = from + 1;
    let probe = lo;
    for (let step = 1; probe < n && (strict ? sorted[probe] < value : sorted[probe] <= value); step *= 2) {
      lo = probe + 1;
      probe = lo + step;
    }
    hi = Math.min(probe, n);
  } else {
    // The answer is at or before `from`: no entry from `hi` on qualifies.
    hi = from;
    let probe = hi - 1;
    for (let step = 1; probe >= 0 && !(strict ? sorted[probe] < value : sorted[probe] <= value); step *= 2) {
      hi = probe;
      probe = hi - step;
    }
    lo = Math.max(probe + 1, 0);
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid] < value : sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Working minutes from the block start to `t` (t inside the block). */
export function workingBefore(block: WorkingBlock, t: number): number {
  const i = startsUpTo(block, t) - 1;
  if (i < 0) return 0;
  const before = i === 0 ? 0 : block.cumEnd[i - 1];
  return before + Math.min(t, block.ends[i]) - block.starts[i];
}

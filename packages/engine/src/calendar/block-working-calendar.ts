import type { DateTime, WorkMinutes } from '../model/time';
import {
  type BlockStore,
  checkEmptyRun,
  countNear,
  MAX_ABS_TIME,
  startsUpTo,
  type WorkingBlock,
  workingBefore,
} from './working-blocks';
import type { WorkingCalendar } from './working-calendar.types';

function checkTime(value: number, what: string, calendarId: string): void {
  // Also false for NaN.
  if (!(Math.abs(value) <= MAX_ABS_TIME)) {
    throw new RangeError(
      `calendar "${calendarId}": ${what} must be a finite number of minutes within 2000 years of 1970, not ${value}`,
    );
  }
}

/**
 * WorkingCalendar over lazily compiled blocks of working intervals: a query finds its interval
 * through the day index of one block (a day has few intervals), a span of working minutes is
 * found by galloping from there over cumulative minutes, and block totals are walked only when a
 * span crosses blocks.
 */
export class BlockWorkingCalendar implements WorkingCalendar {
  /** @param store the blocks; calendars that resolve every day alike may share one store. */
  constructor(
    readonly id: string,
    private readonly store: BlockStore,
  ) {}

  isWorking(t: DateTime): boolean {
    checkTime(t, 'isWorking(t)', this.id);
    const block = this.store.blockAt(t);
    const i = startsUpTo(block, t) - 1;
    return i >= 0 && t < block.ends[i];
  }

  toWorkingStart(t: DateTime): DateTime {
    checkTime(t, 'toWorkingStart(t)', this.id);
    let block = this.store.blockAt(t);
    const i = startsUpTo(block, t) - 1;
    if (i >= 0 && t < block.ends[i]) return t;
    if (i + 1 < block.starts.length) return block.starts[i + 1];
    for (let empty = 1; ; empty++) {
      block = this.store.block(block.index + 1);
      if (block.starts.length > 0) return block.starts[0];
      checkEmptyRun(this.id, empty, block.index, 'after');
    }
  }

  toWorkingFinish(t: DateTime): DateTime {
    checkTime(t, 'toWorkingFinish(t)', this.id);
    let block = this.store.blockAt(t);
    const i = startsUpTo(block, t, true) - 1;
    if (i >= 0) return Math.min(t, block.ends[i]);
    for (let empty = 1; ; empty++) {
      block = this.store.block(block.index - 1);
      if (block.ends.length > 0) return block.ends[block.ends.length - 1];
      checkEmptyRun(this.id, empty, block.index, 'before');
    }
  }

  addWorking(t: DateTime, minutes: WorkMinutes): DateTime {
    checkTime(t, 'addWorking(t)', this.id);
    checkTime(minutes, 'addWorking(minutes)', this.id);
    if (minutes === 0) return t;
    if (minutes < 0) return this.subtractWorking(t, -minutes);
    let block = this.store.blockAt(t);
    // The interval at or before t: the answer is at it or after it.
    let hint = startsUpTo(block, t) - 1;
    let target = workingBeforeInterval(block, t, hint) + minutes;
    let empty = 0;
    while (target > block.total) {
      target -= block.total;
      empty = block.total === 0 ? empty + 1 : 0;
      checkEmptyRun(this.id, empty, block.index, 'after');
      block = this.store.block(block.index + 1);
      hint = 0;
    }
    // The first interval whose end reaches the target: an exact fit lands on that end.
    const i = countNear(block.cumEnd, target, hint, true);
    return block.ends[i] - (block.cumEnd[i] - target);
  }

  subtractWorking(t: DateTime, minutes: WorkMinutes): DateTime {
    checkTime(t, 'subtractWorking(t)', this.id);
    checkTime(minutes, 'subtractWorking(minutes)', this.id);
    if (minutes === 0) return t;
    if (minutes < 0) return this.addWorking(t, -minutes);
    let block = this.store.blockAt(t);
    let hint = startsUpTo(block, t) - 1;
    let target = workingBeforeInterval(block, t, hint) - minutes;
    let empty = 0;
    while (target < 0) {
      block = this.store.block(block.index - 1);
      target += block.total;
      empty = block.total === 0 ? empty + 1 : 0;
      checkEmptyRun(this.id, empty, block.index, 'before');
      hint = block.cumEnd.length - 1;
    }
    // The first interval that ends after the target: an exact fit lands on the next start.
    const i = countNear(block.cumEnd, target, hint);
    return block.starts[i] + (target - cumBefore(block, i));
  }

  workingBetween(a: DateTime, b: DateTime): WorkMinutes {
    checkTime(a, 'workingBetween(a)', this.id);
    checkTime(b, 'workingBetween(b)', this.id);
    // 0 - x rather than -x: an empty reversed span is +0, not -0.
    if (b < a) return 0 - this.workingBetween(b, a);
    const first = this.store.blockAt(a);
    const fromFirst = workingBefore(first, a);
    const last = this.store.blockAt(b);
    if (first.index === last.index) return workingBefore(last, b) - fromFirst;
    let sum = first.total - fromFirst;
    for (let index = first.index + 1; index < last.index; index++) sum += this.store.block(index).total;
    return sum + workingBefore(last, b);
  }
}

function cumBefore(block: WorkingBlock, i: number): number {
  return i === 0 ? 0 : block.cumEnd[i - 1];
}

/** Working minutes from the block start to `t`, where `i` is the last interval starting at or before t. */
function workingBeforeInterval(block: WorkingBlock, t: number, i: number): number {
  if (i < 0) return 0;
  return cumBefore(block, i) + Math.min(t, block.ends[i]) - block.starts[i];
}

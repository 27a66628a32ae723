import type { CalendarDefinition, DayWorkingTime, WorkingRange } from '../model/calendar.types';
import { CalendarError } from './calendar-error';
import { type DayIndex, dayIndexOf, formatDay, WEEKDAY_NAMES, weekdayOfDay } from './civil-days';
import { type DayPattern, NON_WORKING, normalizeRanges, type PatternId, PatternTable } from './day-pattern';
import { expandException } from './expand-exception';

/** Tells which working periods a day has in one calendar, with its base calendars merged in. */
export interface DayResolver {
  readonly id: string;
  /** Working periods of a day (exceptions, then work weeks, then the default week; own before base). */
  patternOfDay(day: DayIndex): DayPattern;
  /**
   * Set when the calendar resolves every day like `base` but the days `overrides` tells of (its own
   * exceptions and work weeks), so that blocks of days it does not override can be shared.
   */
  readonly delegate?: DayDelegate;
}

export interface DayDelegate {
  readonly base: DayResolver;
  /** Does the calendar resolve any day of first…last (inclusive) differently from its base? */
  overrides(first: DayIndex, last: DayIndex): boolean;
}

interface ResolvedWorkWeek {
  readonly first: DayIndex;
  readonly last: DayIndex;
  readonly days: readonly (PatternId | null)[];
}

/** What one definition says by itself, checked and interned. */
interface OwnParts {
  readonly definition: CalendarDefinition;
  readonly week: readonly (PatternId | null)[];
  /** Last listed first: the first that covers a day wins. */
  readonly workWeeks: readonly ResolvedWorkWeek[];
  readonly exceptions: ReadonlyMap<DayIndex, PatternId>;
}

function label(definition: CalendarDefinition): string {
  return definition.name && definition.name !== definition.id
    ? `calendar "${definition.name}" (id ${definition.id})`
    : `calendar "${definition.id}"`;
}

/**
 * Checks every definition and resolves base/derived calendars into a DayResolver per calendar id.
 * A derived calendar that changes nothing (every weekday null, no exceptions, no work weeks) gets
 * its base's resolver itself; one that only adds exceptions or work weeks gets a delegate to its
 * base's resolver, so that blocks it does not change can be shared.
 * Throws CalendarError naming the calendar for a duplicate or missing id, a missing base, a base
 * cycle, a bad range, exception, recurrence or work week, or a calendar without any working time.
 */
export function resolveCalendars(
  definitions: readonly CalendarDefinition[],
): ReadonlyMap<string, DayResolver> {
  const table = new PatternTable();
  const parts = new Map<string, OwnParts>();
  for (const definition of definitions) {
    if (typeof definition.id !== 'string' || definition.id === '') {
      throw new CalendarError(`calendar "${definition.name}" has no id`, null);
    }
    if (parts.has(definition.id)) {
      throw new CalendarError(`calendar id "${definition.id}" is defined twice`, definition.id);
    }
    parts.set(definition.id, checkOwnParts(definition, table));
  }
  const merged = new Map<string, ReadonlyMap<DayIndex, PatternId>>();
  const resolvers = new Map<string, DayResolver>();
  const resolverOf = (chain: readonly OwnParts[]): DayResolver => {
    const [own, base] = chain;
    const known = resolvers.get(own.definition.id);
    if (known) return known;
    const exceptions = mergedExceptions(chain, merged);
    if (!hasAnyWorkingTime(chain, exceptions, table)) {
      throw new CalendarError(`${label(own.definition)} has no working time at all`, own.definition.id);
    }
    let resolver: DayResolver;
    if (base && changesNothing(own)) resolver = resolverOf(chain.slice(1));
    else {
      const delegate =
        base && inheritsWeek(own) ? ownDaysDelegate(own, resolverOf(chain.slice(1))) : undefined;
      resolver = new LayeredDayResolver(own.definition.id, table, chain, exceptions, delegate);
    }
    resolvers.set(own.definition.id, resolver);
    return resolver;
  };
  for (const definition of definitions) resolverOf(baseChain(definition, parts));
  return resolvers;
}

function inheritsWeek(own: OwnParts): boolean {
  return own.week.every((day) => day === null);
}

function changesNothing(own: OwnParts): boolean {
  return inheritsWeek(own) && own.workWeeks.length === 0 && own.exceptions.size === 0;
}

/** For a calendar that inherits its week: it differs from its base only on its own exception and work-week days. */
function ownDaysDelegate(own: OwnParts, base: DayResolver): DayDelegate {
  const days = Int32Array.from(own.exceptions.keys()).sort();
  return {
    base,
    overrides(first, last) {
      if (own.workWeeks.some((ww) => ww.first <= last && ww.last >= first)) return true;
      let lo = 0;
      let hi = days.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (days[mid] < first) lo = mid + 1;
        else hi = mid;
      }
      return lo < days.length && days[lo] <= last;
    },
  };
}

/** The calendar, then its base, then the base's base…; throws for a missing base or a cycle. */
function baseChain(definition: CalendarDefinition, parts: ReadonlyMap<string, OwnParts>): OwnParts[] {
  const chain: OwnParts[] = [];
  const seen: string[] = [];
  let current: OwnParts | undefined = parts.get(definition.id);
  while (current) {
    const { id, baseCalendarId } = current.definition;
    if (seen.includes(id)) {
      throw new CalendarError(
        `${label(definition)} has a base-calendar cycle: ${[...seen, id].join(' → ')}`,
        definition.id,
      );
    }
    seen.push(id);
    chain.push(current);
    if (baseCalendarId === null || baseCalendarId === undefined) break;
    current = parts.get(baseCalendarId);
    if (!current) {
      throw new CalendarError(
        `${label(chain.at(-1)!.definition)} names base calendar "${baseCalendarId}", which does not exist`,
        id,
      );
    }
  }
  const root = chain.at(-1)!;
  const undefinedDay = root.week.indexOf(null);
  if (undefinedDay >= 0) {
    throw new CalendarError(
      `${label(root.definition)} leaves ${WEEKDAY_NAMES[undefinedDay]} to a base calendar but has none`,
      root.definition.id,
    );
  }
  return chain;
}

/** Base exceptions overridden by the calendar's own, memoised per calendar id. */
function mergedExceptions(
  chain: readonly OwnParts[],
  memo: Map<string, ReadonlyMap<DayIndex, PatternId>>,
): ReadonlyMap<DayIndex, PatternId> {
  const [own, ...bases] = chain;
  const known = memo.get(own.definition.id);
  if (known) return known;
  const result =
    bases.length === 0 ? own.exceptions : new Map([...mergedExceptions(bases, memo), ...own.exceptions]);
  memo.set(own.definition.id, result);
  return result;
}

class LayeredDayResolver implements DayResolver {
  constructor(
    readonly id: string,
    private readonly table: PatternTable,
    private readonly chain: readonly OwnParts[],
    private readonly exceptions: ReadonlyMap<DayIndex, PatternId>,
    readonly delegate?: DayDelegate,
  ) {}

  patternOfDay(day: DayIndex): DayPattern {
    return this.table.patterns[this.patternIdOfDay(day)];
  }

  private patternIdOfDay(day: DayIndex): PatternId {
    const exception = this.exceptions.get(day);
    if (exception !== undefined) return exception;
    const weekday = weekdayOfDay(day);
    for (const layer of this.chain) {
      // The first work week that covers the day decides; its null days mean the default week.
      const workWeek = layer.workWeeks.find((ww) => day >= ww.first && day <= ww.last);
      const pattern = workWeek?.days[weekday] ?? layer.week[weekday];
      if (pattern !== null) return pattern;
    }
    // baseChain guarantees the root defines every weekday.
    return NON_WORKING;
  }
}

function hasAnyWorkingTime(
  chain: readonly OwnParts[],
  exceptions: ReadonlyMap<DayIndex, PatternId>,
  table: PatternTable,
): boolean {
  const working = (id: PatternId | null) => id !== null && table.patterns[id].total > 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    const pattern = chain.find((layer) => layer.week[weekday] !== null)?.week[weekday] ?? null;
    if (working(pattern)) return true;
  }
  if (chain.some((layer) => layer.workWeeks.some((ww) => ww.days.some(working)))) return true;
  for (const pattern of exceptions.values()) if (working(pattern)) return true;
  return false;
}

function checkOwnParts(definition: CalendarDefinition, table: PatternTable): OwnParts {
  const where = label(definition);
  const fail = (message: string): never => {
    throw new CalendarError(`${where}: ${message}`, definition.id);
  };
  const dayPattern = (day: DayWorkingTime | null, what: string): PatternId | null => {
    if (day === null || day === undefined) return null;
    if (!day.working) return NON_WORKING;
    return internRanges(day.ranges ?? [], what, table, fail);
  };
  const checkWeek = (week: readonly (DayWorkingTime | null)[], what: string) => {
    if (!Array.isArray(week) || week.length !== 7) {
      fail(`${what} must list 7 days (Sunday … Saturday), not ${week?.length}`);
    }
    return week.map((day, i) => dayPattern(day, `${what}, ${WEEKDAY_NAMES[i]}`));
  };

  const week = checkWeek(definition.week, 'the week');
  const workWeeks = (definition.workWeeks ?? []).map((workWeek, i): ResolvedWorkWeek => {
    const what = `work week ${workWeek.name ? `"${workWeek.name}"` : i + 1}`;
    if (!Number.isFinite(workWeek.from) || !Number.isFinite(workWeek.to)) {
      fail(`${what}: its from/to dates are not finite numbers`);
    }
    const first = dayIndexOf(workWeek.from);
    const last = dayIndexOf(workWeek.to);
    if (last < first) fail(`${what} ends (${formatDay(last)}) before it starts (${formatDay(first)})`);
    return { first, last, days: checkWeek(workWeek.days, what) };
  });
  // Where work weeks overlap, the one listed last wins (as lower rows do in Project's Work Weeks tab).
  workWeeks.reverse();

  const exceptions = new Map<DayIndex, PatternId>();
  const owners = new Map<DayIndex, { what: string; recurring: boolean }>();
  for (const [i, exception] of (definition.exceptions ?? []).entries()) {
    const recurring = exception.recurrence !== undefined;
    const what = `exception ${exception.name ? `"${exception.name}"` : i + 1}`;
    const pattern = exception.working ? internRanges(exception.ranges ?? [], what, table, fail) : NON_WORKING;
    const days = expandException(exception, (message) => fail(`${what}: ${message}`));
    for (const day of days) {
      const owner = owners.get(day);
      if (owner !== undefined) {
        // Project refuses two plain exceptions on one day, but lets recurring ones meet (a monthly
        // and a yearly rule on the same date): there the exception listed first keeps the day.
        if (!owner.recurring && !recurring) fail(`${owner.what} and ${what} overlap on ${formatDay(day)}`);
        continue;
      }
      owners.set(day, { what, recurring });
      exceptions.set(day, pattern);
    }
  }
  return { definition, week, workWeeks, exceptions };
}

function internRanges(
  ranges: readonly WorkingRange[],
  what: string,
  table: PatternTable,
  fail: (message: string) => never,
): PatternId {
  const normalized = normalizeRanges(ranges);
  if (typeof normalized === 'string') return fail(`${what}: ${normalized}`);
  return table.intern(normalized);
}

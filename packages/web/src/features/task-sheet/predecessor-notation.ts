import { type DurationScale, formatDuration } from '../../lib/format';
import type { LagUnit, LinkType } from '../links/link.types';
import { minutesPerUnit, naturalLagUnit, parseDuration } from './duration-input';

/**
 * One predecessor as the sheet's column holds it. `lag` is in minutes of `lagUnit` (working, or
 * elapsed for `e…` units), or percent of the predecessor's duration for `%`/`e%`; negative = lead.
 */
export interface PredecessorEntry {
  readonly predecessorId: string;
  readonly type: LinkType;
  readonly lag: number;
  readonly lagUnit: LagUnit;
}

export type PredecessorParse =
  | { readonly ok: true; readonly entries: readonly PredecessorEntry[] }
  | { readonly ok: false; readonly error: string };

/** The link fields the formatter reads. */
export type PredecessorLink = PredecessorEntry;

// `3`, `3FS`, `4SS-1d`, `5FF+2h`, `6SF+50%`; spaces are allowed around the parts.
const ENTRY = /^(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(.+))?$/i;

/**
 * Reads Microsoft Project's predecessor notation (`3FS+2d, 4SS-1d, 5FF`), comma or semicolon
 * separated, against row numbers: `rowIds[n - 1]` is the task id of row `n`. The type defaults to
 * FS; a lag is a duration read with the project's calendar options (`+2d`, `-4h`, `+3ed` elapsed)
 * or a percent of the predecessor's duration (`+50%`, `+50e%`). Refuses unknown rows, a task linked
 * to itself and the same predecessor twice, naming the entry at fault.
 */
export function parsePredecessors(
  text: string,
  successorId: string,
  rowIds: readonly string[],
  scale: DurationScale,
): PredecessorParse {
  const entries: PredecessorEntry[] = [];
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    // an empty entry (a trailing comma, `3,,4`) is ignored, as Microsoft Project does
    .filter((part) => part !== '');
  const seen = new Set<string>();
  for (const part of parts) {
    const match = ENTRY.exec(part);
    if (!match)
      return {
        ok: false,
        error: `“${part}” is not a predecessor (write a row number, e.g. 3, 3FS+2d, 4SS-1d)`,
      };
    const [, rowText, typeText, sign, lagText] = match;
    const row = Number(rowText);
    const predecessorId = row >= 1 ? rowIds[row - 1] : undefined;
    if (predecessorId === undefined) return { ok: false, error: `Row ${row} does not exist (in “${part}”)` };
    if (predecessorId === successorId)
      return { ok: false, error: `A task cannot be its own predecessor (row ${row})` };
    if (seen.has(predecessorId)) return { ok: false, error: `Row ${row} is listed twice` };
    seen.add(predecessorId);
    const type = (typeText?.toUpperCase() ?? 'FS') as LinkType;
    if (!sign) {
      entries.push({ predecessorId, type, lag: 0, lagUnit: 'd' });
      continue;
    }
    const lagInput = lagText.trim();
    const percent = /^(\d+)\s*(e)?%$/i.exec(lagInput);
    if (percent) {
      const amount = Number(percent[1]);
      if (amount > 100_000)
        return { ok: false, error: `Bad lag in “${part}”: a percent lag is at most 100000%` };
      entries.push({
        predecessorId,
        type,
        lag: sign === '-' ? -amount : amount,
        lagUnit: percent[2] ? 'e%' : '%',
      });
      continue;
    }
    if (lagInput.endsWith('%'))
      return { ok: false, error: `Bad lag in “${part}”: a percent lag is a whole number such as 50%` };
    const parsed = parseDuration(`${sign}${lagInput}`, scale, { signed: true });
    if (!parsed.ok) return { ok: false, error: `Bad lag in “${part}”: ${parsed.error}` };
    entries.push({ predecessorId, type, lag: parsed.minutes, lagUnit: parsed.unit });
  }
  return { ok: true, entries };
}

/**
 * Writes a task's predecessor links in the notation `parsePredecessors` reads, ordered by row:
 * `3`, `4SS`, `5FS+2d`, `6FF-4h`. `rowOf` gives a task's row number; links to tasks without a
 * row are left out.
 */
export function formatPredecessors(
  links: readonly PredecessorLink[],
  rowOf: ReadonlyMap<string, number>,
  scale: DurationScale,
): string {
  return links
    .flatMap((link) => {
      const row = rowOf.get(link.predecessorId);
      return row === undefined ? [] : [{ row, link }];
    })
    .sort((a, b) => a.row - b.row)
    .map(({ row, link }) => `${row}${formatTypeAndLag(link, scale)}`)
    .join(',');
}

function formatTypeAndLag(link: PredecessorLink, scale: DurationScale): string {
  if (link.lag === 0) return link.type === 'FS' ? '' : link.type;
  const sign = link.lag < 0 ? '-' : '+';
  const size = Math.abs(link.lag);
  if (link.lagUnit === '%' || link.lagUnit === 'e%')
    return `${link.type}${sign}${size}${link.lagUnit === 'e%' ? 'e' : ''}%`;
  // a lag that is no whole number of its unit reads better in a smaller one (2.5d → 20h)
  const whole = size % minutesPerUnit(link.lagUnit, scale) === 0;
  const unit = whole || link.lagUnit.startsWith('e') ? link.lagUnit : naturalLagUnit(size, scale);
  return `${link.type}${sign}${formatDuration(size, unit, scale)}`;
}

/** The link writes that turn a successor's current predecessors into the parsed ones. */
export interface PredecessorChanges<L> {
  readonly create: readonly PredecessorEntry[];
  readonly update: readonly {
    readonly link: L;
    readonly type: LinkType;
    readonly lag: number;
    readonly lagUnit: LagUnit;
  }[];
  readonly remove: readonly L[];
}

/**
 * Compares the links into a successor with the entries typed for it: new predecessors are
 * created, changed type or lag updated in place, and predecessors no longer listed removed.
 */
export function diffPredecessors<L extends PredecessorLink>(
  current: readonly L[],
  wanted: readonly PredecessorEntry[],
): PredecessorChanges<L> {
  const byPredecessor = new Map(current.map((link) => [link.predecessorId, link]));
  const create: PredecessorEntry[] = [];
  const update: { link: L; type: LinkType; lag: number; lagUnit: LagUnit }[] = [];
  for (const entry of wanted) {
    const link = byPredecessor.get(entry.predecessorId);
    if (!link) create.push(entry);
    else if (
      link.type !== entry.type ||
      link.lag !== entry.lag ||
      (entry.lag !== 0 && link.lagUnit !== entry.lagUnit)
    ) {
      update.push({ link, type: entry.type, lag: entry.lag, lagUnit: entry.lagUnit });
    }
  }
  const wantedIds = new Set(wanted.map((entry) => entry.predecessorId));
  const remove = current.filter((link) => !wantedIds.has(link.predecessorId));
  return { create, update, remove };
}

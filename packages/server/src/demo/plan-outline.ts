import type { LinkType } from '@tandem/engine';

/**
 * A compact text form for demo plans, one task per line, indented two spaces per outline level:
 *
 *     key  Name of the task  | duration | predecessors
 *
 * - a line without `|` is a summary task (its children follow, indented one level deeper);
 * - duration is a number and a unit: `h` hours, `d` days, `w` weeks (working time); `0d` is a milestone;
 * - predecessors are comma-separated keys, each optionally followed by a link type and a lag,
 *   MS Project style: `design`, `api SS`, `build FS+2d`, `qa FF-1d`.
 */

export type PlanDurationUnit = 'h' | 'd' | 'w';

export interface PlanDuration {
  readonly value: number;
  readonly unit: PlanDurationUnit;
  /** Working minutes at 8 hours a day and 5 days a week. */
  readonly minutes: number;
}

export interface PlanLink {
  readonly predecessorKey: string;
  readonly type: LinkType;
  /** Negative = lead. */
  readonly lag: PlanDuration;
}

export interface PlanTask {
  readonly key: string;
  readonly name: string;
  /** 1 = top level. */
  readonly level: number;
  readonly parentKey: string | null;
  /** Position among siblings, from 0. */
  readonly order: number;
  /** Outline number, e.g. "3.2.1". */
  readonly wbs: string;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** Summaries carry 0 (their span follows from their children). */
  readonly duration: PlanDuration;
  readonly predecessors: readonly PlanLink[];
}

const MINUTES_PER_UNIT: Record<PlanDurationUnit, number> = { h: 60, d: 480, w: 2400 };
const LINE =
  /^(?<indent> *)(?<key>[a-z0-9][a-z0-9-]*)\s+(?<name>[^|]+?)\s*(?:\|(?<duration>[^|]*)(?:\|(?<preds>.*))?)?$/;
const DURATION = /^(?<value>[+-]?\d+(?:\.\d+)?)(?<unit>[hdw])$/;
const PREDECESSOR = /^(?<key>[a-z0-9][a-z0-9-]*)(?:\s+(?<type>FS|SS|FF|SF)(?<lag>[+-]\d+(?:\.\d+)?[hdw])?)?$/;

/**
 * Parses a plan outline (format above) into tasks in outline order. Throws an error naming the
 * plan and line for a malformed line, a skipped outline level, a duplicate or unknown key, a
 * self or repeated link, or a dependency cycle.
 */
export function parsePlanOutline(planName: string, text: string): PlanTask[] {
  const tasks: PlanTask[] = [];
  const parents: PlanTask[] = [];
  const childCount = new Map<string | null, number>();
  const keys = new Set<string>();
  const problem = (lineNumber: number, message: string): Error =>
    new Error(`plan "${planName}", line ${lineNumber}: ${message}`);

  for (const [index, raw] of text.split('\n').entries()) {
    const lineNumber = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const match = LINE.exec(raw.trimEnd());
    if (!match?.groups)
      throw problem(lineNumber, `expected "key  Name | duration | predecessors", got "${raw.trim()}"`);
    const { indent, key, name, duration, preds } = match.groups;
    if (indent.length % 2 !== 0) throw problem(lineNumber, 'indent by two spaces per outline level');
    const level = indent.length / 2 + 1;
    if (level > parents.length + 1) throw problem(lineNumber, `"${key}" skips an outline level`);
    if (keys.has(key)) throw problem(lineNumber, `duplicate key "${key}"`);
    keys.add(key);
    parents.length = level - 1;
    const parent = parents.at(-1) ?? null;
    if (parent && !parent.summary)
      throw problem(lineNumber, `"${parent.key}" has children but also a duration`);
    const parentKey = parent?.key ?? null;
    const order = childCount.get(parentKey) ?? 0;
    childCount.set(parentKey, order + 1);
    const summary = duration === undefined;
    const taskDuration = summary ? parseDuration('0d') : parseDuration(duration.trim());
    if (!taskDuration) throw problem(lineNumber, `bad duration "${duration}" (use e.g. 4h, 3d, 2w)`);
    const predecessors: PlanLink[] = [];
    for (const item of (preds ?? '').split(',').map((part) => part.trim())) {
      if (item === '') continue;
      const link = PREDECESSOR.exec(item)?.groups;
      if (!link)
        throw problem(lineNumber, `bad predecessor "${item}" (use e.g. "key", "key SS", "key FS+2d")`);
      if (link.key === key) throw problem(lineNumber, `"${key}" cannot depend on itself`);
      if (predecessors.some((p) => p.predecessorKey === link.key)) {
        throw problem(lineNumber, `"${key}" lists "${link.key}" twice (one link per pair of tasks)`);
      }
      const lag = parseDuration(link.lag ?? '0d');
      if (!lag) throw problem(lineNumber, `bad lag in "${item}"`);
      predecessors.push({ predecessorKey: link.key, type: (link.type ?? 'FS') as LinkType, lag });
    }
    const task: PlanTask = {
      key,
      name: name.trim(),
      level,
      parentKey,
      order,
      wbs: parent ? `${parent.wbs}.${order + 1}` : String(order + 1),
      summary,
      milestone: !summary && taskDuration.minutes === 0,
      duration: taskDuration,
      predecessors,
    };
    tasks.push(task);
    parents.push(task);
  }

  for (const task of tasks) {
    for (const link of task.predecessors) {
      if (!keys.has(link.predecessorKey)) {
        throw new Error(`plan "${planName}": "${task.key}" depends on unknown key "${link.predecessorKey}"`);
      }
    }
  }
  assertAcyclic(planName, tasks);
  return tasks;
}

function parseDuration(text: string): PlanDuration | null {
  const groups = DURATION.exec(text)?.groups;
  if (!groups) return null;
  const value = Number(groups.value);
  const unit = groups.unit as PlanDurationUnit;
  return { value, unit, minutes: Math.round(value * MINUTES_PER_UNIT[unit]) };
}

/** Depth-first search over predecessor links; names the cycle it finds. */
function assertAcyclic(planName: string, tasks: readonly PlanTask[]): void {
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): void => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(key)), key].join(' -> ');
      throw new Error(`plan "${planName}": dependency cycle ${cycle}`);
    }
    state.set(key, 'visiting');
    path.push(key);
    for (const link of byKey.get(key)?.predecessors ?? []) visit(link.predecessorKey);
    path.pop();
    state.set(key, 'done');
  };
  for (const task of tasks) visit(task.key);
}

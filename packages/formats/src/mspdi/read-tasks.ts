import type { DurationUnit, LinkInput, TaskBaseline, TaskConstraint, TaskInput } from '@tandem/engine';
import {
  CONSTRAINT_TYPES,
  DURATION_FORMAT_UNITS,
  ESTIMATED_FORMAT_OFFSET,
  isTaskFieldId,
  LINK_TYPES,
  NULL_DURATION_FORMATS,
  TASK_TYPES,
} from './mspdi-codes';
import type { MspdiFieldDefinition, StoredTaskDates } from './mspdi-document.types';
import type { XmlNode } from './xml-node';

export interface TaskReadContext {
  /** The project's DurationFormat code, for tasks and lags that state none. */
  readonly defaultDurationFormat: number;
  /** Converts MSPDI money (hundredths of a currency unit) to integer minor units. */
  readonly money: (value: number) => number;
  readonly fieldDefinitions: readonly MspdiFieldDefinition[];
  readonly warnings: string[];
  /** UIDs of the file's calendars, to refuse a task calendar that is not among them. */
  readonly calendarIds: ReadonlySet<string>;
  /** Read every task as active (see ReadMspdiOptions.ignoreActiveFlag). */
  readonly ignoreActiveFlag?: boolean;
}

export interface TasksRead {
  readonly tasks: TaskInput[];
  readonly links: LinkInput[];
  readonly baselines: Record<string, TaskBaseline[]>;
  readonly stored: Map<string, StoredTaskDates>;
  readonly crossProjectLinks: { successorId: string; predecessorUid: string }[];
  /** UIDs of the rows skipped: the project summary (0) and blank rows. */
  readonly skipped: Set<string>;
}

/**
 * Reads `Project/Tasks`: the outline (parents from OutlineLevel, so summaries follow from children
 * even where the file's Summary flag is wrong), inputs, links, baselines and the stored dates.
 * Skips the project summary task (UID 0) and blank rows (IsNull = 1).
 */
export function readTasks(project: XmlNode, context: TaskReadContext): TasksRead {
  const nodes: { node: XmlNode; uid: string }[] = [];
  const skipped = new Set<string>();
  for (const raw of project.child('Tasks')?.children('Task') ?? []) {
    const uid = raw.value('UID');
    if (uid === undefined) throw raw.error('UID', 'task without a UID');
    const node = raw.relabel(`Task[UID=${uid}]`);
    if (node.bool('IsNull') === true || uid === '0' || node.int('OutlineLevel') === 0) {
      skipped.add(uid);
      continue;
    }
    nodes.push({ node, uid });
  }
  const known = new Set<string>();
  for (const { node, uid } of nodes) {
    if (known.has(uid)) throw node.error('UID', `duplicate task UID ${uid}`);
    known.add(uid);
  }

  const tasks: TaskInput[] = [];
  const links: LinkInput[] = [];
  const baselines: Record<string, TaskBaseline[]> = {};
  const crossProjectLinks: TasksRead['crossProjectLinks'] = [];
  const parents: { level: number; id: string }[] = [];
  const childCount = new Map<string | null, number>();
  const hasChildren = new Set<string>();

  for (const { node, uid } of nodes) {
    const level = node.int('OutlineLevel') ?? 1;
    while (parents.length > 0 && parents[parents.length - 1].level >= level) parents.pop();
    const parentId = parents.length > 0 ? parents[parents.length - 1].id : null;
    parents.push({ level, id: uid });
    if (parentId !== null) hasChildren.add(parentId);
    const order = childCount.get(parentId) ?? 0;
    childCount.set(parentId, order + 1);

    tasks.push(readTask(node, uid, parentId, order, context));
    for (const linkNode of node.children('PredecessorLink')) {
      const link = readLink(linkNode, uid, known);
      if ('predecessorUid' in link) crossProjectLinks.push(link);
      else links.push(link);
    }
    const taskBaselines = node.children('Baseline').map((baseline) => readBaseline(baseline, context));
    if (taskBaselines.length > 0) baselines[uid] = taskBaselines.sort((a, b) => a.index - b.index);
  }

  const stored = new Map<string, StoredTaskDates>();
  for (const { node, uid } of nodes) stored.set(uid, readStored(node, hasChildren.has(uid)));
  return { tasks, links, baselines, stored, crossProjectLinks, skipped };
}

function readTask(
  node: XmlNode,
  id: string,
  parentId: string | null,
  order: number,
  context: TaskReadContext,
): TaskInput {
  const format = readDurationFormat(node, 'DurationFormat', context.defaultDurationFormat);
  if (format.unit === '%' || format.unit === 'e%') {
    throw node.error('DurationFormat', `a task duration cannot be in percent (format ${format.code})`);
  }
  const manual = node.bool('Manual') ?? false;
  const typeCode = node.int('Type');
  if (typeCode !== undefined && TASK_TYPES[typeCode] === undefined) {
    throw node.error(
      'Type',
      `expected 0 (fixed units), 1 (fixed duration) or 2 (fixed work), found ${typeCode}`,
    );
  }
  const actualStart = node.date('ActualStart');
  const fixedCost = node.num('FixedCost');
  const levelingDelay = node.int('LevelingDelay');
  const custom = readCustom(node, context.fieldDefinitions);
  const calendarId = optionalUid(node.value('CalendarUID'));
  if (calendarId !== undefined && !context.calendarIds.has(calendarId)) {
    throw node.error('CalendarUID', `task calendar UID ${calendarId} is not among the file's calendars`);
  }
  const task: TaskInput = {
    id,
    name: node.text('Name') ?? '',
    parentId,
    order,
    duration: node.duration('Duration') ?? 0,
    durationUnit: format.unit,
    estimated: node.bool('Estimated') ?? format.estimated,
    milestone: node.bool('Milestone'),
    manual: manual || undefined,
    manualStart: manual ? (node.date('ManualStart') ?? node.date('Start')) : undefined,
    manualFinish: manual ? (node.date('ManualFinish') ?? node.date('Finish')) : undefined,
    active: !context.ignoreActiveFlag && node.bool('Active') === false ? false : undefined,
    constraint: readConstraint(node),
    deadline: node.date('Deadline'),
    calendarId,
    ignoreResourceCalendar: node.bool('IgnoreResourceCalendar'),
    type: typeCode === undefined ? undefined : TASK_TYPES[typeCode],
    effortDriven: node.bool('EffortDriven'),
    priority: node.int('Priority'),
    percentComplete: node.num('PercentComplete'),
    actualStart,
    actualFinish: node.date('ActualFinish'),
    actualDuration: actualStart === undefined ? undefined : node.duration('ActualDuration'),
    remainingDuration: actualStart === undefined ? undefined : node.duration('RemainingDuration'),
    // MSPDI stores the levelling delay in tenths of minutes.
    levelingDelay: levelingDelay ? levelingDelay / 10 : undefined,
    notes: node.text('Notes') || undefined,
    wbs: node.value('WBS'),
    fixedCost: fixedCost ? context.money(fixedCost) : undefined,
    custom,
  };
  return compact(task);
}

function readConstraint(node: XmlNode): TaskConstraint | undefined {
  const code = node.int('ConstraintType');
  if (code === undefined) return undefined;
  const type = CONSTRAINT_TYPES[code];
  if (type === undefined) throw node.error('ConstraintType', `expected 0–7, found ${code}`);
  if (type === 'ASAP' || type === 'ALAP') return { type };
  const date = node.date('ConstraintDate');
  if (date === undefined) throw node.error('ConstraintDate', `constraint ${type} needs a ConstraintDate`);
  return { type, date };
}

function readLink(
  node: XmlNode,
  successorId: string,
  known: ReadonlySet<string>,
): LinkInput | { successorId: string; predecessorUid: string } {
  const predecessorId = node.value('PredecessorUID');
  if (predecessorId === undefined)
    throw node.error('PredecessorUID', 'predecessor link without PredecessorUID');
  if (node.bool('CrossProject') === true) return { successorId, predecessorUid: predecessorId };
  if (!known.has(predecessorId)) {
    throw node.error(
      'PredecessorUID',
      `task ${successorId} names predecessor UID ${predecessorId}, which is not a task of this file`,
    );
  }
  if (predecessorId === successorId)
    throw node.error('PredecessorUID', `task ${successorId} is its own predecessor`);
  const typeCode = node.int('Type') ?? 1;
  const type = LINK_TYPES[typeCode];
  if (type === undefined)
    throw node.error('Type', `expected 0 (FF), 1 (FS), 2 (SF) or 3 (SS), found ${typeCode}`);
  const format = readDurationFormat(node, 'LagFormat', 7);
  const raw = node.int('LinkLag') ?? 0;
  // LinkLag is in tenths of a minute, or in percent of the predecessor's duration for % formats.
  const percent = format.unit === '%' || format.unit === 'e%';
  const lag = raw === 0 ? 0 : percent ? raw : Math.round(raw / 10);
  return { predecessorId, successorId, type, lag, lagUnit: format.unit };
}

function readBaseline(node: XmlNode, context: TaskReadContext): TaskBaseline {
  const cost = node.num('Cost');
  return compact({
    index: node.int('Number') ?? 0,
    start: node.date('Start') ?? null,
    finish: node.date('Finish') ?? null,
    duration: node.duration('Duration') ?? null,
    work: node.duration('Work'),
    cost: cost === undefined ? undefined : context.money(cost),
  });
}

function readStored(node: XmlNode, summary: boolean): StoredTaskDates {
  const totalSlack = node.int('TotalSlack');
  const freeSlack = node.int('FreeSlack');
  return compact({
    rowId: node.int('ID'),
    start: node.date('Start'),
    finish: node.date('Finish'),
    earlyStart: node.date('EarlyStart'),
    earlyFinish: node.date('EarlyFinish'),
    lateStart: node.date('LateStart'),
    lateFinish: node.date('LateFinish'),
    totalSlack: totalSlack === undefined ? undefined : totalSlack / 10,
    freeSlack: freeSlack === undefined ? undefined : freeSlack / 10,
    critical: node.bool('Critical'),
    summary,
    summaryFlag: node.bool('Summary'),
    manual: node.bool('Manual') ?? false,
    milestone: node.bool('Milestone') ?? false,
    active: node.bool('Active') ?? true,
  });
}

function readCustom(
  node: XmlNode,
  definitions: readonly MspdiFieldDefinition[],
): Record<string, string> | undefined {
  const attributes = node.children('ExtendedAttribute');
  if (attributes.length === 0) return undefined;
  const custom: Record<string, string> = {};
  for (const attribute of attributes) {
    const fieldId = attribute.int('FieldID');
    if (fieldId === undefined || !isTaskFieldId(fieldId)) continue;
    const definition = definitions.find((candidate) => candidate.fieldId === fieldId);
    const key = definition?.alias ?? definition?.fieldName ?? `Field${fieldId}`;
    custom[key] = attribute.text('Value') ?? '';
  }
  return Object.keys(custom).length > 0 ? custom : undefined;
}

/** Reads a DurationFormat-style code: unit, and whether it is an estimated (`?`) variant. */
export function readDurationFormat(
  node: XmlNode,
  field: string,
  fallback: number,
): { code: number; unit: DurationUnit; estimated: boolean } {
  const stated = node.int(field);
  const code = stated === undefined || NULL_DURATION_FORMATS.has(stated) ? fallback : stated;
  const estimated = code > ESTIMATED_FORMAT_OFFSET;
  const unit = DURATION_FORMAT_UNITS[estimated ? code - ESTIMATED_FORMAT_OFFSET : code];
  if (unit === undefined) throw node.error(field, `unknown duration format ${code}`);
  return { code, unit, estimated };
}

function optionalUid(value: string | undefined): string | undefined {
  return value === undefined || value === '-1' ? undefined : value;
}

/**
 * A copy without the undefined properties, so models compare and serialise cleanly. A copy rather
 * than `delete`: deleting properties turns an object into a slow dictionary, and tasks are read
 * again in the scheduler's hot loops.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out as T;
}

import type { LinkInput, ProjectInput, ScheduledTask, ScheduleResult, TaskInput } from '@tandem/engine';
import {
  CONSTRAINT_TYPES,
  DURATION_UNIT_FORMATS,
  ESTIMATED_FORMAT_OFFSET,
  LINK_TYPES,
  TASK_TYPES,
} from './mspdi-codes';
import { formatDurationMinutes } from './mspdi-values';
import type { XmlBuilder } from './xml-builder';

export interface TaskWriteContext {
  readonly taskUids: ReadonlyMap<string, string>;
  readonly calendarUids: ReadonlyMap<string, string>;
  /** Integer minor units to MSPDI money (hundredths of a currency unit). */
  readonly money: (minor: number) => number;
  /** Custom field key to FieldID. */
  readonly fieldIds: ReadonlyMap<string, number>;
}

/** Tasks in outline order (parents before children, siblings by `order`), with their depth. */
export function outlineOrder(
  tasks: readonly TaskInput[],
): { task: TaskInput; level: number; outline: string }[] {
  const children = new Map<string | null, TaskInput[]>();
  const ids = new Set(tasks.map((task) => task.id));
  for (const task of tasks) {
    const parent = task.parentId !== null && ids.has(task.parentId) ? task.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(task);
    children.set(parent, list);
  }
  const out: { task: TaskInput; level: number; outline: string }[] = [];
  const visit = (parent: string | null, level: number, prefix: string): void => {
    const list = (children.get(parent) ?? []).slice().sort((a, b) => a.order - b.order);
    list.forEach((task, index) => {
      const outline = `${prefix}${index + 1}`;
      out.push({ task, level, outline });
      visit(task.id, level + 1, `${outline}.`);
    });
  };
  visit(null, 1, '');
  return out;
}

/** Writes `Tasks`: the project summary (UID 0), then every task with its links and baselines. */
export function writeTasks(
  xml: XmlBuilder,
  project: ProjectInput,
  schedule: ScheduleResult | undefined,
  context: TaskWriteContext,
): void {
  const scheduled = new Map<string, ScheduledTask>();
  for (const task of schedule?.tasks ?? []) scheduled.set(task.id, task);
  const linksBySuccessor = new Map<string, LinkInput[]>();
  for (const link of project.links) {
    const list = linksBySuccessor.get(link.successorId) ?? [];
    list.push(link);
    linksBySuccessor.set(link.successorId, list);
  }
  const parents = new Set(project.tasks.map((task) => task.parentId).filter((id) => id !== null));
  xml.element('Tasks', () => {
    xml.element('Task', () => {
      xml
        .leaf('UID', 0)
        .leaf('ID', 0)
        .leaf('Name', project.settings.name)
        .leaf('Type', 1)
        .leaf('IsNull', false);
      xml.leaf('OutlineNumber', 0).leaf('OutlineLevel', 0);
      xml.date('Start', schedule?.start ?? project.settings.start);
      xml.date('Finish', schedule?.finish ?? project.settings.finish);
      xml.leaf('Summary', true);
    });
    outlineOrder(project.tasks).forEach(({ task, level, outline }, index) => {
      const result = scheduled.get(task.id);
      writeTask(xml, task, index + 1, level, outline, parents.has(task.id), result, context);
      for (const link of linksBySuccessor.get(task.id) ?? []) writeLink(xml, link, context);
      writeCustom(xml, task, context);
      for (const baseline of project.baselines?.[task.id] ?? []) {
        xml.element('Baseline', () => {
          xml.leaf('Number', baseline.index);
          xml.date('Start', baseline.start).date('Finish', baseline.finish);
          if (baseline.duration !== null) xml.leaf('Duration', formatDurationMinutes(baseline.duration));
          if (baseline.work !== null && baseline.work !== undefined)
            xml.leaf('Work', formatDurationMinutes(baseline.work));
          if (baseline.cost !== null && baseline.cost !== undefined)
            xml.leaf('Cost', context.money(baseline.cost));
        });
      }
      xml.close('Task');
    });
  });
}

/** Opens `<Task>` and writes its fields in schema order; the caller appends links and closes it. */
function writeTask(
  xml: XmlBuilder,
  task: TaskInput,
  rowId: number,
  level: number,
  outline: string,
  summary: boolean,
  result: ScheduledTask | undefined,
  context: TaskWriteContext,
): void {
  const manualStart = task.manual ? task.manualStart : undefined;
  const manualFinish = task.manual ? task.manualFinish : undefined;
  const format = DURATION_UNIT_FORMATS[task.durationUnit] + (task.estimated ? ESTIMATED_FORMAT_OFFSET : 0);
  xml.open('Task');
  xml.leaf('UID', context.taskUids.get(task.id)).leaf('ID', rowId).leaf('Name', task.name);
  xml.leaf('Active', task.active !== false).leaf('Manual', task.manual === true);
  xml.leaf('Type', task.type === undefined ? undefined : TASK_TYPES.indexOf(task.type));
  xml.leaf('IsNull', false).leaf('WBS', task.wbs).leaf('OutlineNumber', outline).leaf('OutlineLevel', level);
  xml.leaf('Priority', task.priority);
  xml.date('Start', result?.start ?? manualStart).date('Finish', result?.finish ?? manualFinish);
  xml.leaf('Duration', formatDurationMinutes(task.duration));
  xml.date('ManualStart', manualStart).date('ManualFinish', manualFinish);
  xml.leaf('DurationFormat', format);
  xml
    .leaf('EffortDriven', task.effortDriven)
    .leaf('Estimated', task.estimated)
    .leaf('Milestone', task.milestone);
  xml.leaf('Summary', result?.summary ?? summary).leaf('Critical', result?.critical);
  if (result) {
    xml.date('EarlyStart', result.earlyStart).date('EarlyFinish', result.earlyFinish);
    xml.date('LateStart', result.lateStart).date('LateFinish', result.lateFinish);
    // Slack is stored in tenths of a minute.
    xml
      .leaf('FreeSlack', Math.round(result.freeSlack * 10))
      .leaf('TotalSlack', Math.round(result.totalSlack * 10));
  }
  xml.leaf('FixedCost', task.fixedCost === undefined ? undefined : context.money(task.fixedCost));
  xml.leaf('PercentComplete', task.percentComplete);
  xml.date('ActualStart', task.actualStart).date('ActualFinish', task.actualFinish);
  writeDuration(xml, 'ActualDuration', task.actualDuration);
  writeDuration(xml, 'RemainingDuration', task.remainingDuration);
  if (task.constraint) {
    xml.leaf('ConstraintType', CONSTRAINT_TYPES.indexOf(task.constraint.type));
  }
  xml.leaf('CalendarUID', task.calendarId ? context.calendarUids.get(task.calendarId) : -1);
  if (task.constraint?.date !== undefined && task.constraint.date !== null)
    xml.date('ConstraintDate', task.constraint.date);
  xml.date('Deadline', task.deadline);
  if (task.levelingDelay)
    xml.leaf('LevelingDelay', Math.round(task.levelingDelay * 10)).leaf('LevelingDelayFormat', 8);
  xml.leaf('IgnoreResourceCalendar', task.ignoreResourceCalendar);
  xml.leaf('Notes', task.notes);
}

function writeDuration(xml: XmlBuilder, name: string, minutes: number | null | undefined): void {
  if (minutes !== undefined && minutes !== null) xml.leaf(name, formatDurationMinutes(minutes));
}

function writeLink(xml: XmlBuilder, link: LinkInput, context: TaskWriteContext): void {
  const predecessor = context.taskUids.get(link.predecessorId);
  if (predecessor === undefined) {
    throw new Error(
      `link ${link.predecessorId} → ${link.successorId}: the predecessor is not a task of the project`,
    );
  }
  const percent = link.lagUnit === '%' || link.lagUnit === 'e%';
  xml.element('PredecessorLink', () => {
    xml.leaf('PredecessorUID', predecessor);
    xml.leaf('Type', LINK_TYPES.indexOf(link.type));
    xml.leaf('CrossProject', false);
    // LinkLag: tenths of a minute, or percent of the predecessor's duration.
    xml.leaf('LinkLag', percent ? Math.round(link.lag) : Math.round(link.lag * 10));
    xml.leaf('LagFormat', DURATION_UNIT_FORMATS[link.lagUnit]);
  });
}

function writeCustom(xml: XmlBuilder, task: TaskInput, context: TaskWriteContext): void {
  for (const [key, value] of Object.entries(task.custom ?? {})) {
    xml.element('ExtendedAttribute', () => {
      xml.leaf('FieldID', context.fieldIds.get(key));
      xml.leaf('Value', value);
    });
  }
}

import type { AssignmentInput, AvailabilityPeriod, DateTime, RateEntry, ResourceInput } from '@tandem/engine';
import { MSP_MAX_DATE, MSP_MIN_DATE, RESOURCE_TYPES, UNASSIGNED_RESOURCE_UID } from './mspdi-codes';
import { compact } from './read-tasks';
import type { XmlNode } from './xml-node';

export interface ResourceReadContext {
  /** Currency units (rates) to integer minor units. */
  readonly currency: (value: number) => number;
  /** MSPDI money (hundredths of a currency unit: CostPerUse) to integer minor units. */
  readonly money: (value: number) => number;
  /** UIDs of the file's calendars, to refuse a resource calendar that is not among them. */
  readonly calendarIds: ReadonlySet<string>;
}

const MIN_DATE = Date.parse(`${MSP_MIN_DATE}Z`) / 60000;
const MAX_DATE = Date.parse(`${MSP_MAX_DATE}Z`) / 60000;

/** Reads `Project/Resources`, skipping the unnamed resource UID 0 and blank rows. */
export function readResources(project: XmlNode, context: ResourceReadContext): ResourceInput[] {
  const resources: ResourceInput[] = [];
  const seen = new Set<string>();
  for (const raw of project.child('Resources')?.children('Resource') ?? []) {
    const uid = raw.value('UID');
    if (uid === undefined) throw raw.error('UID', 'resource without a UID');
    const node = raw.relabel(`Resource[UID=${uid}]`);
    if (uid === '0' || node.bool('IsNull') === true) continue;
    if (seen.has(uid)) throw node.error('UID', `duplicate resource UID ${uid}`);
    seen.add(uid);
    const typeCode = node.int('Type') ?? 1;
    const type = RESOURCE_TYPES[typeCode];
    if (type === undefined)
      throw node.error('Type', `expected 0 (material), 1 (work) or 2 (cost), found ${typeCode}`);
    const availability = (node.child('AvailabilityPeriods')?.children('AvailabilityPeriod') ?? []).map(
      (period): AvailabilityPeriod => ({
        from: openDate(period.date('AvailableFrom')),
        to: openDate(period.date('AvailableTo')),
        units: period.num('AvailableUnits') ?? 1,
      }),
    );
    const calendarUid = node.value('CalendarUID');
    const calendarId = calendarUid === undefined || calendarUid === '-1' ? undefined : calendarUid;
    if (calendarId !== undefined && !context.calendarIds.has(calendarId)) {
      throw node.error(
        'CalendarUID',
        `resource calendar UID ${calendarId} is not among the file's calendars`,
      );
    }
    resources.push(
      compact({
        id: uid,
        name: node.text('Name') ?? '',
        type,
        maxUnits: node.num('MaxUnits') ?? 1,
        availability: availability.length > 0 ? availability : undefined,
        calendarId,
        rates: readRates(node, context),
        initials: node.value('Initials'),
        group: node.value('Group'),
      }),
    );
  }
  return resources;
}

/** Rate table A (RateTable 0); falls back to the resource's own StandardRate / OvertimeRate / CostPerUse. */
function readRates(node: XmlNode, context: ResourceReadContext): RateEntry[] | undefined {
  const table = (node.child('Rates')?.children('Rate') ?? []).filter(
    (rate) => (rate.int('RateTable') ?? 0) === 0,
  );
  const entries = table.map((rate) => rateEntry(rate, openDate(rate.date('RatesFrom')), context));
  if (entries.length > 0) return entries;
  if (!node.has('StandardRate') && !node.has('OvertimeRate') && !node.has('CostPerUse')) return undefined;
  return [rateEntry(node, null, context)];
}

function rateEntry(node: XmlNode, from: DateTime | null, context: ResourceReadContext): RateEntry {
  return {
    from,
    standardRate: context.currency(node.num('StandardRate') ?? 0),
    overtimeRate: context.currency(node.num('OvertimeRate') ?? 0),
    costPerUse: context.money(node.num('CostPerUse') ?? 0),
  };
}

/** Microsoft Project's "NA" bounds (1984-01-01, 2049-12-31) mean an open end. */
function openDate(value: DateTime | undefined): DateTime | null {
  if (value === undefined || value <= MIN_DATE || value >= MAX_DATE) return null;
  return value;
}

/**
 * Reads `Project/Assignments`. Assignments without a resource (ResourceUID -65535, 0 or negative) are skipped;
 * an assignment naming a task or resource that is not in the file is an error.
 */
export function readAssignments(
  project: XmlNode,
  taskIds: ReadonlySet<string>,
  resourceIds: ReadonlySet<string>,
  skippedTaskIds: ReadonlySet<string>,
): AssignmentInput[] {
  const assignments: AssignmentInput[] = [];
  for (const raw of project.child('Assignments')?.children('Assignment') ?? []) {
    const uid = raw.value('UID');
    if (uid === undefined) throw raw.error('UID', 'assignment without a UID');
    const node = raw.relabel(`Assignment[UID=${uid}]`);
    const taskId = node.value('TaskUID');
    const resourceId = node.value('ResourceUID');
    if (taskId === undefined) throw node.error('TaskUID', 'assignment without TaskUID');
    // -65535 (and, from some writers, any negative UID or 0) means "no resource".
    if (resourceId === undefined || resourceId === UNASSIGNED_RESOURCE_UID || resourceId === '0') continue;
    if (resourceId.startsWith('-')) continue;
    if (skippedTaskIds.has(taskId)) continue;
    if (!taskIds.has(taskId)) throw node.error('TaskUID', `task UID ${taskId} is not a task of this file`);
    if (!resourceIds.has(resourceId)) {
      throw node.error('ResourceUID', `resource UID ${resourceId} is not a resource of this file`);
    }
    const delay = node.int('Delay');
    assignments.push(
      compact({
        id: uid,
        taskId,
        resourceId,
        units: node.num('Units') ?? 1,
        work: node.duration('Work') ?? 0,
        actualWork: node.duration('ActualWork') || undefined,
        remainingWork: node.duration('RemainingWork'),
        // Delay is in tenths of a minute.
        delay: delay ? delay / 10 : undefined,
      }),
    );
  }
  return assignments;
}

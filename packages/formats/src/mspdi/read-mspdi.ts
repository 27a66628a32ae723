import type { CalendarDefinition, ProjectInput, ProjectSettings } from '@tandem/engine';
import { FormatError } from '../errors';
import { guardXmlInput } from './guard-input';
import type { MspdiDocument, MspdiFieldDefinition, ReadMspdiOptions } from './mspdi-document.types';
import { parseMspdiTree, parserFor } from './mspdi-tree';
import { readCalendars } from './read-calendars';
import { readAssignments, readResources } from './read-resources';
import { compact, readTasks } from './read-tasks';
import { type RawElement, XmlNode, XmlSource } from './xml-node';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/**
 * Reads a Microsoft Project XML (MSPDI) document, as written by Project 2002–2019, ProjectLibre and
 * GanttProject, into Tandem's engine model plus the dates the file stores. Hostile input (DOCTYPE or
 * entity declarations, oversized or non-XML input, truncated documents) is refused before parsing;
 * every error is a FormatError naming the file, line and element.
 */
export function readMspdi(text: string, options: ReadMspdiOptions = {}): MspdiDocument {
  const file = options.fileName;
  const body = guardXmlInput(text, { file, maxBytes: options.maxBytes });
  const timephased = body.includes('<TimephasedData');
  const source = new XmlSource(body, file, () => parserFor(true, timephased).parse(body) as RawElement);
  const tree = parseMspdiTree(body, timephased);
  const root = tree.Project;
  if (root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    const name = Object.keys(tree).find((key) => !key.startsWith('?')) ?? 'none';
    throw new FormatError(`the root element is <${name}>, expected <Project xmlns="${MSPDI_NAMESPACE}">`, {
      file,
      line: 1,
    });
  }
  const project = new XmlNode(root, 'Project', source);
  const namespace = /<Project\b[^>]*?\sxmlns\s*=\s*["']([^"']*)["']/.exec(body)?.[1];
  if (namespace !== undefined && namespace !== MSPDI_NAMESPACE) {
    throw project.error(undefined, `namespace "${namespace}" is not MSPDI's (${MSPDI_NAMESPACE})`);
  }

  const warnings: string[] = [];
  const digits = project.int('CurrencyDigits') ?? 2;
  const scale = 10 ** digits;
  const money = (value: number) => Math.round((value / 100) * scale);
  const currency = (value: number) => Math.round(value * scale);
  const fieldDefinitions = readFieldDefinitions(project);
  const defaultDurationFormat = project.int('DurationFormat') ?? 7;

  let calendars = readCalendars(project, warnings);
  const settings = readSettings(project, calendars, file);
  if (calendars.length === 0) {
    calendars = [standardCalendar(settings.calendarId)];
    warnings.push('the file has no calendars: Microsoft Project\'s "Standard" calendar was assumed');
  }
  const calendarIds = new Set(calendars.map((calendar) => calendar.id));
  const read = readTasks(project, {
    calendarIds,
    defaultDurationFormat,
    money,
    fieldDefinitions,
    warnings,
    ignoreActiveFlag: options.ignoreActiveFlag,
  });
  const resources = readResources(project, { currency, money, calendarIds });
  const assignments = readAssignments(
    project,
    new Set(read.tasks.map((task) => task.id)),
    new Set(resources.map((resource) => resource.id)),
    read.skipped,
  );

  const model: ProjectInput = compact({
    settings,
    calendars,
    tasks: read.tasks,
    links: read.links,
    resources: resources.length > 0 ? resources : undefined,
    assignments: assignments.length > 0 ? assignments : undefined,
    baselines: Object.keys(read.baselines).length > 0 ? read.baselines : undefined,
  });
  const title = project.value('Title');
  const fileName = project.value('Name');
  return {
    project: model,
    stored: read.stored,
    extras: compact({
      saveVersion: project.int('SaveVersion'),
      fileName: title !== undefined ? fileName : undefined,
      defaultDurationFormat,
      lastSaved: project.value('LastSaved'),
      fieldDefinitions,
      crossProjectLinks: read.crossProjectLinks,
      warnings,
    }),
  };
}

function readSettings(
  project: XmlNode,
  calendars: readonly CalendarDefinition[],
  file?: string,
): ProjectSettings {
  const start = project.date('StartDate');
  if (start === undefined) throw project.error('StartDate', 'the project has no StartDate');
  const minutesPerDay = project.int('MinutesPerDay') ?? 480;
  const calendarUid = project.value('CalendarUID');
  const calendarId = calendarUid ?? calendars.find((calendar) => !calendar.baseCalendarId)?.id ?? '1';
  if (calendars.length > 0 && !calendars.some((calendar) => calendar.id === calendarId)) {
    throw project.error(
      'CalendarUID',
      `project calendar UID ${calendarId} is not among the file's calendars`,
    );
  }
  for (const calendar of calendars) {
    if (calendar.baseCalendarId && !calendars.some((candidate) => candidate.id === calendar.baseCalendarId)) {
      throw new FormatError(
        `base calendar UID ${calendar.baseCalendarId} is not among the file's calendars`,
        {
          file,
          element: `Calendar[UID=${calendar.id}]/BaseCalendarUID`,
        },
      );
    }
  }
  const finish = project.date('FinishDate');
  const statusDate = project.date('StatusDate');
  const currencyCode = project.value('CurrencyCode');
  const currencyDigits = project.int('CurrencyDigits');
  return compact({
    name: project.value('Title') ?? project.value('Name') ?? '',
    start,
    finish: finish ?? null,
    scheduleFrom: project.bool('ScheduleFromStart') === false ? 'finish' : 'start',
    calendarId,
    minutesPerDay,
    minutesPerWeek: project.int('MinutesPerWeek') ?? minutesPerDay * 5,
    daysPerMonth: project.int('DaysPerMonth') ?? 20,
    defaultStartTime: project.time('DefaultStartTime') ?? 8 * 60,
    defaultFinishTime: project.time('DefaultFinishTime') ?? 17 * 60,
    statusDate: statusDate ?? undefined,
    // CriticalSlackLimit is in days.
    criticalSlackLimit: (project.int('CriticalSlackLimit') ?? 0) * minutesPerDay,
    honorConstraints: project.bool('HonorConstraints') ?? true,
    multipleCriticalPaths: project.bool('MultipleCriticalPaths'),
    currencyCode,
    currencyDigits,
  });
}

function readFieldDefinitions(project: XmlNode): MspdiFieldDefinition[] {
  const definitions: MspdiFieldDefinition[] = [];
  for (const node of project.child('ExtendedAttributes')?.children('ExtendedAttribute') ?? []) {
    const fieldId = node.int('FieldID');
    if (fieldId === undefined) continue;
    definitions.push(compact({ fieldId, fieldName: node.value('FieldName'), alias: node.value('Alias') }));
  }
  return definitions;
}

/** Microsoft Project's default "Standard" calendar, for files that carry no calendar at all. */
function standardCalendar(id: string): CalendarDefinition {
  const work = {
    working: true,
    ranges: [
      { from: 480, to: 720 },
      { from: 780, to: 1020 },
    ],
  };
  const off = { working: false, ranges: [] };
  return {
    id,
    name: 'Standard',
    baseCalendarId: null,
    week: [off, work, work, work, work, work, off],
    exceptions: [],
  };
}

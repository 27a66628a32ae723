import type { ProjectInput, ScheduleResult } from '@tandem/engine';
import { isTaskFieldId, TASK_CUSTOM_FIELD_IDS } from './mspdi-codes';
import type { MspdiExtras, MspdiFieldDefinition } from './mspdi-document.types';
import { MSPDI_NAMESPACE } from './read-mspdi';
import { writeCalendars } from './write-calendars';
import { writeAssignments, writeResources } from './write-resources';
import { outlineOrder, writeTasks } from './write-tasks';
import { uidMap, XmlBuilder } from './xml-builder';

export interface WriteMspdiOptions {
  /** What a previous readMspdi kept beyond the model (file name, field definitions, duration format). */
  readonly extras?: Partial<MspdiExtras>;
}

/** Free text fields for custom keys that are not Microsoft Project field names (written with an Alias). */
const ALIAS_FIELDS = [
  'Text1',
  'Text2',
  'Text3',
  'Text4',
  'Text5',
  'Text6',
  'Text7',
  'Text8',
  'Text9',
  'Text10',
];

/**
 * Writes a project as Microsoft Project XML (MSPDI, namespace http://schemas.microsoft.com/project),
 * elements in schema order so Project 2007+ opens it. Task Start/Finish (and early/late dates, slack,
 * critical) come from `schedule` when given; without it only manually scheduled tasks carry dates
 * and Microsoft Project schedules the rest on open. Ids that are not positive integers are renumbered.
 */
export function writeMspdi(
  project: ProjectInput,
  schedule?: ScheduleResult,
  options: WriteMspdiOptions = {},
): string {
  const { settings } = project;
  const scale = 10 ** (settings.currencyDigits ?? 2);
  const money = (minor: number) => (minor / scale) * 100;
  const currency = (minor: number) => minor / scale;
  const calendarUids = uidMap(project.calendars.map((calendar) => calendar.id));
  // Renumbered UIDs follow the outline, as Microsoft Project's own do.
  const taskUids = uidMap(outlineOrder(project.tasks).map(({ task }) => task.id));
  const resourceUids = uidMap((project.resources ?? []).map((resource) => resource.id));
  const fields = customFields(project, options.extras?.fieldDefinitions ?? []);

  const xml = new XmlBuilder();
  xml.open('Project', { xmlns: MSPDI_NAMESPACE });
  xml.leaf('SaveVersion', options.extras?.saveVersion ?? 14);
  xml.leaf('Name', options.extras?.fileName ?? settings.name);
  xml.leaf('Title', settings.name);
  xml.leaf('ScheduleFromStart', settings.scheduleFrom !== 'finish');
  xml.date('StartDate', settings.start);
  // The model's own finish (an input when scheduling from finish); the computed one is on task UID 0.
  xml.date('FinishDate', settings.finish ?? schedule?.finish);
  // CriticalSlackLimit is in days.
  xml.leaf('CriticalSlackLimit', Math.round(settings.criticalSlackLimit / settings.minutesPerDay));
  xml.leaf('CurrencyDigits', settings.currencyDigits).leaf('CurrencyCode', settings.currencyCode);
  xml.leaf('CalendarUID', calendarUids.get(settings.calendarId));
  xml.leaf('DefaultStartTime', timeOfDay(settings.defaultStartTime));
  xml.leaf('DefaultFinishTime', timeOfDay(settings.defaultFinishTime));
  xml.leaf('MinutesPerDay', settings.minutesPerDay).leaf('MinutesPerWeek', settings.minutesPerWeek);
  xml.leaf('DaysPerMonth', settings.daysPerMonth);
  xml.leaf('DurationFormat', options.extras?.defaultDurationFormat ?? 7);
  xml.leaf('HonorConstraints', settings.honorConstraints);
  xml.leaf('MultipleCriticalPaths', settings.multipleCriticalPaths);
  xml.date('StatusDate', settings.statusDate);
  if (fields.definitions.length > 0) {
    xml.element('ExtendedAttributes', () => {
      for (const definition of fields.definitions) {
        xml.element('ExtendedAttribute', () => {
          xml
            .leaf('FieldID', definition.fieldId)
            .leaf('FieldName', definition.fieldName)
            .leaf('Alias', definition.alias);
        });
      }
    });
  }
  writeCalendars(xml, project.calendars, calendarUids);
  writeTasks(xml, project, schedule, { taskUids, calendarUids, money, fieldIds: fields.ids });
  const resourceContext = { resourceUids, calendarUids, taskUids, currency, money };
  if (project.resources && project.resources.length > 0)
    writeResources(xml, project.resources, resourceContext);
  if (project.assignments && project.assignments.length > 0) {
    writeAssignments(xml, project.assignments, resourceContext);
  }
  xml.close('Project');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml.toString()}`;
}

/**
 * Field ids for every custom key in use: a definition the file came with, a Microsoft Project field
 * name, `Field<id>`, or else a free Text field carrying the key as its Alias.
 */
function customFields(
  project: ProjectInput,
  definitionsRead: readonly MspdiFieldDefinition[],
): { ids: Map<string, number>; definitions: MspdiFieldDefinition[] } {
  // Resource fields share names with task fields (Text1…): only task field definitions apply.
  const known = definitionsRead.filter((definition) => isTaskFieldId(definition.fieldId));
  const keys = new Set<string>();
  for (const task of project.tasks) for (const key of Object.keys(task.custom ?? {})) keys.add(key);
  const ids = new Map<string, number>();
  const definitions: MspdiFieldDefinition[] = [];
  const used = new Set<number>();
  const pending: string[] = [];
  for (const key of keys) {
    const definition =
      known.find((candidate) => candidate.alias === key) ??
      known.find((candidate) => candidate.alias === undefined && candidate.fieldName === key);
    const fieldId =
      definition?.fieldId ??
      TASK_CUSTOM_FIELD_IDS[key] ??
      Number(/^Field(\d+)$/.exec(key)?.[1] ?? Number.NaN);
    if (Number.isNaN(fieldId)) {
      pending.push(key);
      continue;
    }
    ids.set(key, fieldId);
    used.add(fieldId);
    if (definition) definitions.push(definition);
    else if (TASK_CUSTOM_FIELD_IDS[key] !== undefined) definitions.push({ fieldId, fieldName: key });
  }
  for (const key of pending) {
    const free = ALIAS_FIELDS.find((name) => !used.has(TASK_CUSTOM_FIELD_IDS[name]));
    if (free === undefined) {
      throw new Error(`custom field "${key}": all of Text1–Text10 are taken, MSPDI has no free field for it`);
    }
    const fieldId = TASK_CUSTOM_FIELD_IDS[free];
    used.add(fieldId);
    ids.set(key, fieldId);
    definitions.push({ fieldId, fieldName: free, alias: key });
  }
  return { ids, definitions };
}

function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

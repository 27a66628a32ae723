import type { AssignmentInput, ResourceInput } from '@tandem/engine';
import { MSP_MAX_DATE, MSP_MIN_DATE, RESOURCE_TYPES } from './mspdi-codes';
import { formatDurationMinutes } from './mspdi-values';
import type { XmlBuilder } from './xml-builder';

export interface ResourceWriteContext {
  readonly resourceUids: ReadonlyMap<string, string>;
  readonly calendarUids: ReadonlyMap<string, string>;
  readonly taskUids: ReadonlyMap<string, string>;
  /** Integer minor units to currency units (rates). */
  readonly currency: (minor: number) => number;
  /** Integer minor units to MSPDI money (hundredths of a currency unit). */
  readonly money: (minor: number) => number;
}

/** Rate format 2 = per hour. */
const PER_HOUR = 2;

export function writeResources(
  xml: XmlBuilder,
  resources: readonly ResourceInput[],
  context: ResourceWriteContext,
): void {
  xml.element('Resources', () => {
    resources.forEach((resource, index) => {
      xml.element('Resource', () => {
        xml
          .leaf('UID', context.resourceUids.get(resource.id))
          .leaf('ID', index + 1)
          .leaf('Name', resource.name);
        xml.leaf('Type', RESOURCE_TYPES.indexOf(resource.type)).leaf('IsNull', false);
        xml
          .leaf('Initials', resource.initials)
          .leaf('Group', resource.group)
          .leaf('MaxUnits', resource.maxUnits);
        const first = resource.rates?.[0];
        if (first) {
          xml.leaf('StandardRate', context.currency(first.standardRate)).leaf('StandardRateFormat', PER_HOUR);
          xml.leaf('OvertimeRate', context.currency(first.overtimeRate)).leaf('OvertimeRateFormat', PER_HOUR);
          xml.leaf('CostPerUse', context.money(first.costPerUse));
        }
        xml.leaf(
          'CalendarUID',
          resource.calendarId ? context.calendarUids.get(resource.calendarId) : undefined,
        );
        if (resource.availability && resource.availability.length > 0) {
          xml.element('AvailabilityPeriods', () => {
            for (const period of resource.availability ?? []) {
              xml.element('AvailabilityPeriod', () => {
                xml
                  .leaf('AvailableFrom', period.from === null ? MSP_MIN_DATE : undefined)
                  .date('AvailableFrom', period.from);
                xml
                  .leaf('AvailableTo', period.to === null ? MSP_MAX_DATE : undefined)
                  .date('AvailableTo', period.to);
                xml.leaf('AvailableUnits', period.units);
              });
            }
          });
        }
        const rates = resource.rates ?? [];
        if (rates.length > 0) {
          xml.element('Rates', () => {
            rates.forEach((rate, rateIndex) => {
              const next = rates[rateIndex + 1];
              xml.element('Rate', () => {
                xml
                  .leaf('RatesFrom', rate.from === null ? MSP_MIN_DATE : undefined)
                  .date('RatesFrom', rate.from);
                if (next?.from !== null && next?.from !== undefined) xml.date('RatesTo', next.from - 1);
                else xml.leaf('RatesTo', MSP_MAX_DATE);
                xml.leaf('RateTable', 0);
                xml
                  .leaf('StandardRate', context.currency(rate.standardRate))
                  .leaf('StandardRateFormat', PER_HOUR);
                xml
                  .leaf('OvertimeRate', context.currency(rate.overtimeRate))
                  .leaf('OvertimeRateFormat', PER_HOUR);
                xml.leaf('CostPerUse', context.money(rate.costPerUse));
              });
            });
          });
        }
      });
    });
  });
}

export function writeAssignments(
  xml: XmlBuilder,
  assignments: readonly AssignmentInput[],
  context: ResourceWriteContext,
): void {
  const uids = new Map(
    assignments.map((assignment, index) => [
      assignment.id,
      /^(0|[1-9]\d{0,9})$/.test(assignment.id) ? assignment.id : String(index + 1),
    ]),
  );
  xml.element('Assignments', () => {
    for (const assignment of assignments) {
      const taskUid = context.taskUids.get(assignment.taskId);
      const resourceUid = context.resourceUids.get(assignment.resourceId);
      if (taskUid === undefined || resourceUid === undefined) {
        throw new Error(
          `assignment ${assignment.id}: task ${assignment.taskId} or resource ${assignment.resourceId} is not in the project`,
        );
      }
      xml.element('Assignment', () => {
        xml.leaf('UID', uids.get(assignment.id)).leaf('TaskUID', taskUid).leaf('ResourceUID', resourceUid);
        if (assignment.actualWork !== undefined)
          xml.leaf('ActualWork', formatDurationMinutes(assignment.actualWork));
        if (assignment.delay) xml.leaf('Delay', Math.round(assignment.delay * 10));
        if (assignment.remainingWork !== undefined)
          xml.leaf('RemainingWork', formatDurationMinutes(assignment.remainingWork));
        xml.leaf('Units', assignment.units).leaf('Work', formatDurationMinutes(assignment.work));
      });
    }
  });
}

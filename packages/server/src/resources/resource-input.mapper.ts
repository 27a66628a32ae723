import type { ResourceType } from '@tandem/api';
import { type AvailabilityPeriod, parseDateTime, type RateEntry, type ResourceInput } from '@tandem/engine';
import type { ResourceRecord } from './resources.repository';

/** Percent (the API's and the database's units) to the engine's fraction (1 = 100 %). */
export function percentToFraction(percent: number): number {
  return percent / 100;
}

/**
 * A stored resource as the engine's `ResourceInput`: units as fractions, dates as floating
 * minutes, the base rates as the open-ended first rate entry followed by the dated changes.
 */
export function toResourceInput({ resource, availability, rates }: ResourceRecord): ResourceInput {
  const dateOrNull = (text: string | null) => (text === null ? null : parseDateTime(text));
  const periods: AvailabilityPeriod[] = availability.map((a) => ({
    from: dateOrNull(a.available_from),
    to: dateOrNull(a.available_to),
    units: percentToFraction(a.max_units),
  }));
  const entries: RateEntry[] = [
    {
      from: null,
      standardRate: resource.standard_rate_minor,
      overtimeRate: resource.overtime_rate_minor,
      costPerUse: resource.cost_per_use_minor,
    },
    ...rates.map((r) => ({
      from: parseDateTime(r.effective_from),
      standardRate: r.standard_rate_minor,
      overtimeRate: r.overtime_rate_minor,
      costPerUse: r.cost_per_use_minor,
    })),
  ];
  return {
    id: resource.id,
    name: resource.name,
    type: resource.type as ResourceType,
    maxUnits: percentToFraction(resource.max_units),
    availability: periods,
    calendarId: resource.calendar_id,
    rates: entries,
    initials: resource.initials,
    group: resource.group_name,
  };
}

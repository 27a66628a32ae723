import type { Task } from '@tandem/api';

/**
 * A task as the Gantt reads it: the API's task plus the schedule analysis fields the contract is
 * gaining (issue #5). Optional here so the Gantt draws what the server sends today and more as
 * it lands; where the API already declares a field, its declaration wins.
 */
export type GanttTask = Task & {
  /** On the critical path. */
  readonly critical?: boolean;
  /** Total slack in working minutes. */
  readonly totalSlack?: number;
  /** Late finish (floating date-time), when the API gives it. */
  readonly lateFinish?: string | null;
};

/** A project's extra dates the Gantt marks, when the API gives them. */
export interface GanttMarkers {
  /** Floating date-time of the status date, or null. */
  readonly statusDate: string | null;
}

/** A baseline's dates for one task (floating date-times). */
export interface BaselineDates {
  readonly start: string;
  readonly finish: string;
}

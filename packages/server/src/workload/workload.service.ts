import type { Workload, WorkloadQuery } from '@tandem/api';
import { findOverallocations, formatDateTime, parseDateTime } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import { presentOverallocation } from '../leveling/overallocation.presenter';
import { loadStoredPlan } from '../leveling/stored-plan';
import { requireProject } from '../projects/projects.service';
import { workloadRows, workloadWindow } from './workload-grid';

/** The most periods one workload answer holds (about 2.7 years of days, 19 years of weeks). */
export const MAX_WORKLOAD_PERIODS = 1000;

export class WorkloadService {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Per work resource assigned in the project, per day or week of [from, to): assigned work,
   * capacity and whether it is overallocated; and every overallocation of the project. The window
   * defaults to the project's start and finish.
   */
  async get(userId: string, projectId: string, query: WorkloadQuery): Promise<Workload> {
    const project = await requireProject(this.db, projectId, userId);
    const period = query.period ?? 'day';
    const from = parseDateTime(query.from ?? project.start);
    const to = parseDateTime(query.to ?? project.finish ?? project.start);
    if (query.to !== undefined && to <= from) throw problems.validation('query.to', 'must be after from');
    const window = workloadWindow(from, to, period);
    if (window.starts.length > MAX_WORKLOAD_PERIODS) {
      throw problems.validation(
        'query.to',
        `the window holds ${window.starts.length} periods of a ${period}: at most ${MAX_WORKLOAD_PERIODS}`,
      );
    }
    const plan = await loadStoredPlan(this.db, project);
    const overallocations = findOverallocations(plan.input, plan.schedule, { calendars: plan.calendars });
    return {
      period,
      periods: window.starts.map(formatDateTime),
      from: formatDateTime(window.starts[0]),
      to: formatDateTime(window.end),
      resources: workloadRows(plan.input, plan.schedule, plan.calendars, window, overallocations),
      overallocations: overallocations.map(presentOverallocation),
    };
  }
}

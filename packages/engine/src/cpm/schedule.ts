import { compileCalendars } from '../calendar/index';
import type { CalendarSet } from '../calendar/working-calendar.types';
import type { ProjectInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { buildResult } from './build-result';
import { compileNetwork } from './compile-network';
import type { PassSettings } from './network.types';
import { runAllPasses } from './run-passes';
import { createScheduleState } from './schedule-state';

export interface ScheduleOptions {
  /** Calendars compiled already (by id); by default `project.calendars` are compiled. */
  readonly calendars?: CalendarSet;
  /**
   * Unstarted tasks may not start before the status date (MS Project's "reschedule uncompleted
   * work to start after the status date"). Default true when a status date is set.
   */
  readonly moveUncompletedAfterStatusDate?: boolean;
}

/** The pass settings of a project (dates in floating minutes). */
export function passSettings(project: ProjectInput, options: ScheduleOptions = {}): PassSettings {
  const { settings } = project;
  return {
    scheduleFromFinish: settings.scheduleFrom === 'finish',
    honorConstraints: settings.honorConstraints,
    projectStart: settings.start,
    projectFinish: settings.finish ?? Number.NaN,
    statusDate: settings.statusDate ?? Number.NaN,
    moveUncompletedAfterStatusDate: options.moveUncompletedAfterStatusDate ?? true,
  };
}

/**
 * Schedules a project as Microsoft Project does (critical path method on working calendars):
 * early dates forward from the project start (or late dates backward from the project finish),
 * links FS/SS/FF/SF with working, elapsed or percent lags, constraints and deadlines, progress,
 * summary roll-ups, total and free slack in working minutes, the critical path.
 * The passes run over typed arrays; task objects are materialised when `tasks` is first read.
 * @throws ScheduleInputError for a cycle, a link to a missing task or an invalid value, naming the tasks.
 */
export function schedule(project: ProjectInput, options: ScheduleOptions = {}): ScheduleResult {
  const calendars = options.calendars ?? compileCalendars(project.calendars);
  const net = compileNetwork(project, calendars);
  const st = createScheduleState(net);
  runAllPasses(net, passSettings(project, options), st);
  return buildResult(net, st, project.settings);
}

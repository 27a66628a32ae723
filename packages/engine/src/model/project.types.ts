import type { CalendarDefinition } from './calendar.types';
import type { DateTime, ElapsedMinutes, WorkMinutes } from './time';

/** The unit a duration or lag was entered in; it changes display and, for elapsed units, arithmetic. */
export type DurationUnit = 'm' | 'h' | 'd' | 'w' | 'mo' | 'em' | 'eh' | 'ed' | 'ew' | 'emo' | '%' | 'e%';

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export type ConstraintType =
  | 'ASAP' // as soon as possible
  | 'ALAP' // as late as possible
  | 'MSO' // must start on
  | 'MFO' // must finish on
  | 'SNET' // start no earlier than
  | 'SNLT' // start no later than
  | 'FNET' // finish no earlier than
  | 'FNLT'; // finish no later than

export type TaskType = 'fixedUnits' | 'fixedDuration' | 'fixedWork';

export type ResourceType = 'work' | 'material' | 'cost';

/** Hours-per-day and friends: how Microsoft Project converts days, weeks and months to minutes. */
export interface DurationSettings {
  readonly minutesPerDay: number; // default 480
  readonly minutesPerWeek: number; // default 2400
  readonly daysPerMonth: number; // default 20
}

export interface ProjectSettings extends DurationSettings {
  readonly name: string;
  /** Project start (schedule from start) or finish (schedule from finish). */
  readonly start: DateTime;
  readonly finish?: DateTime | null;
  readonly scheduleFrom: 'start' | 'finish';
  /** The project's base calendar. */
  readonly calendarId: string;
  /** Minutes after midnight a new task starts / finishes by default (MS Project: 08:00 / 17:00). */
  readonly defaultStartTime: number;
  readonly defaultFinishTime: number;
  /** Progress is measured at this date; remaining work is scheduled after it. */
  readonly statusDate?: DateTime | null;
  /** Tasks with total slack at or below this many working minutes count as critical (MS Project: 0). */
  readonly criticalSlackLimit: WorkMinutes;
  /** Near-critical threshold in working minutes (for reporting only). */
  readonly nearCriticalSlackLimit?: WorkMinutes;
  /** MS Project's "Tasks will always honor their constraint dates". */
  readonly honorConstraints: boolean;
  /** MS Project's "Calculate multiple critical paths". */
  readonly multipleCriticalPaths?: boolean;
  readonly currencyCode?: string;
  readonly currencyDigits?: number;
}

export interface TaskConstraint {
  readonly type: ConstraintType;
  /** Required for every type but ASAP and ALAP. */
  readonly date?: DateTime | null;
}

/** One task of the work breakdown, as the user entered it (inputs only; results are separate). */
export interface TaskInput {
  /** Stable id (MS Project's UID as a string, or a database id). */
  readonly id: string;
  readonly name: string;
  /** Parent summary task id, or null at the top level. Summary-ness follows from having children. */
  readonly parentId: string | null;
  /** Position among siblings (ascending). Tasks are also given in outline order. */
  readonly order: number;
  /** Duration: working minutes, or elapsed minutes when `durationUnit` is elapsed (e*). */
  readonly duration: WorkMinutes | ElapsedMinutes;
  readonly durationUnit: DurationUnit;
  readonly estimated?: boolean;
  readonly milestone?: boolean;
  /** Manually scheduled: the engine keeps `manualStart`/`manualFinish` and only reports. */
  readonly manual?: boolean;
  readonly manualStart?: DateTime | null;
  readonly manualFinish?: DateTime | null;
  /** Inactive tasks are kept but do not drive anything. */
  readonly active?: boolean;
  readonly constraint?: TaskConstraint;
  /** A deadline flags lateness without moving the task. */
  readonly deadline?: DateTime | null;
  /** Task calendar (else the project calendar, or resource calendars when assigned). */
  readonly calendarId?: string | null;
  readonly ignoreResourceCalendar?: boolean;
  readonly type?: TaskType;
  readonly effortDriven?: boolean;
  /** 0–1000; 1000 = never delay when levelling. */
  readonly priority?: number;
  /** Progress. */
  readonly percentComplete?: number;
  readonly actualStart?: DateTime | null;
  readonly actualFinish?: DateTime | null;
  readonly actualDuration?: WorkMinutes | null;
  readonly remainingDuration?: WorkMinutes | null;
  /** Levelling delay, elapsed minutes, added before the task starts. */
  readonly levelingDelay?: ElapsedMinutes;
  readonly notes?: string;
  readonly wbs?: string;
  /** Fixed cost in minor currency units (integer). */
  readonly fixedCost?: number;
  /** Custom fields by name (MS Project extended attributes / outline codes: alias or field name). */
  readonly custom?: Readonly<Record<string, string>>;
}

export interface LinkInput {
  readonly id?: string;
  readonly predecessorId: string;
  readonly successorId: string;
  readonly type: LinkType;
  /**
   * Lag (negative = lead). In working minutes of the successor's calendar, or elapsed minutes when
   * `lagUnit` is elapsed, or, when `lagUnit` is '%' or 'e%', in percent of the predecessor's
   * duration (50 = half).
   */
  readonly lag: number;
  readonly lagUnit: DurationUnit;
}

/** A resource's maximum units over a period (1 = 100 %). */
export interface AvailabilityPeriod {
  readonly from: DateTime | null;
  readonly to: DateTime | null;
  readonly units: number;
}

/** A rate table entry from a date on (money in minor units per hour, or per unit for material). */
export interface RateEntry {
  readonly from: DateTime | null;
  readonly standardRate: number;
  readonly overtimeRate: number;
  readonly costPerUse: number;
}

export interface ResourceInput {
  readonly id: string;
  readonly name: string;
  readonly type: ResourceType;
  /** Max units when no availability period applies (1 = 100 %). */
  readonly maxUnits: number;
  readonly availability?: readonly AvailabilityPeriod[];
  readonly calendarId?: string | null;
  readonly rates?: readonly RateEntry[];
  readonly initials?: string;
  readonly group?: string;
}

export interface AssignmentInput {
  readonly id: string;
  readonly taskId: string;
  readonly resourceId: string;
  /** 1 = 100 %. */
  readonly units: number;
  /** Total work in minutes (work resources), or the quantity (material resources). */
  readonly work: WorkMinutes;
  readonly actualWork?: WorkMinutes;
  readonly remainingWork?: WorkMinutes;
  readonly delay?: ElapsedMinutes;
}

/** A saved baseline of one task (up to 11 per task: index 0 = "Baseline", 1–10). */
export interface TaskBaseline {
  readonly index: number;
  readonly start: DateTime | null;
  readonly finish: DateTime | null;
  readonly duration: WorkMinutes | null;
  readonly work?: WorkMinutes | null;
  /** Minor currency units. */
  readonly cost?: number | null;
}

/** Everything the engine needs to schedule a project. */
export interface ProjectInput {
  readonly settings: ProjectSettings;
  readonly calendars: readonly CalendarDefinition[];
  readonly tasks: readonly TaskInput[];
  readonly links: readonly LinkInput[];
  readonly resources?: readonly ResourceInput[];
  readonly assignments?: readonly AssignmentInput[];
  /** Baselines by task id. */
  readonly baselines?: Readonly<Record<string, readonly TaskBaseline[]>>;
}

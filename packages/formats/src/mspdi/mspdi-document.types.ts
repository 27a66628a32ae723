import type { DateTime, ProjectInput, WorkMinutes } from '@tandem/engine';

/** What Microsoft Project (or the writing tool) stored for one task: its own scheduling results. */
export interface StoredTaskDates {
  /** MS Project's row number (`ID`), as shown in its Gantt view. */
  readonly rowId?: number;
  readonly start?: DateTime;
  readonly finish?: DateTime;
  readonly earlyStart?: DateTime;
  readonly earlyFinish?: DateTime;
  readonly lateStart?: DateTime;
  readonly lateFinish?: DateTime;
  /** Working minutes (MSPDI stores tenths of minutes). */
  readonly totalSlack?: WorkMinutes;
  readonly freeSlack?: WorkMinutes;
  readonly critical?: boolean;
  /** Summary as derived from the outline (true when the task has children). */
  readonly summary: boolean;
  /** The file's own `<Summary>` flag (ProjectLibre writes 0 on every task). */
  readonly summaryFlag?: boolean;
  readonly manual: boolean;
  readonly milestone: boolean;
  readonly active: boolean;
}

/** A task custom field definition (`Project/ExtendedAttributes/ExtendedAttribute`). */
export interface MspdiFieldDefinition {
  readonly fieldId: number;
  readonly fieldName?: string;
  readonly alias?: string;
}

/** What the file holds beyond the engine model, kept to write the file back faithfully. */
export interface MspdiExtras {
  /** 12 = Project 2007, 14 = 2010 and later; absent for 2002/2003 exports. */
  readonly saveVersion?: number;
  /** Project/Name (a file name), when it differs from the title Tandem uses as the project name. */
  readonly fileName?: string;
  /** The project's default duration unit (`DurationFormat`), used for tasks that state none. */
  readonly defaultDurationFormat: number;
  /** Project/LastSaved: present on files Microsoft Project saved itself. */
  readonly lastSaved?: string;
  readonly fieldDefinitions: readonly MspdiFieldDefinition[];
  /** Links to tasks in other projects (CrossProject = 1): not modelled, kept as read. */
  readonly crossProjectLinks: readonly { readonly successorId: string; readonly predecessorUid: string }[];
  /** Non-fatal oddities met while reading (approximations, ignored values), one sentence each. */
  readonly warnings: readonly string[];
}

/** The result of reading an MSPDI file. */
export interface MspdiDocument {
  readonly project: ProjectInput;
  /** By task id (the MSPDI UID): the dates and flags stored in the file. */
  readonly stored: ReadonlyMap<string, StoredTaskDates>;
  readonly extras: MspdiExtras;
}

export interface ReadMspdiOptions {
  /** Used in error messages. */
  readonly fileName?: string;
  /** Refuse longer input, in characters (default 100 MB); a file's byte size is at least this. */
  readonly maxBytes?: number;
  /**
   * Read every task as active, whatever its `Active` flag says. For files converted by tools that
   * write a meaningless flag (MPXJ's .mpp conversions write `Active 0` on tasks that drive successors).
   */
  readonly ignoreActiveFlag?: boolean;
}

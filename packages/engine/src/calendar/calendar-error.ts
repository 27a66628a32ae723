/** Thrown for a calendar definition the engine cannot compile, or a calendar with no working time ahead. */
export class CalendarError extends Error {
  /** Id of the calendar at fault, or null when the fault is not tied to one calendar. */
  readonly calendarId: string | null;
  constructor(message: string, calendarId: string | null) {
    super(message);
    this.name = 'CalendarError';
    this.calendarId = calendarId;
  }
}

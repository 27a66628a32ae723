export { CalendarError } from './calendar-error';
export { compileCalendars } from './compile-calendars';
export {
  DEFAULT_DURATION_SETTINGS,
  formatDuration,
  fromMinutes,
  isElapsedUnit,
  minutesPerUnit,
  type ParsedDuration,
  parseDuration,
  type TimeUnit,
  toMinutes,
} from './duration-units';
export { standardCalendar } from './standard-calendar';
export type { CalendarSet, WorkingCalendar } from './working-calendar.types';

export type * from './calendar.types';
export type * from './project.types';
export * from './schedule.types';
export * from './time';

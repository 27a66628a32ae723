export { checkAgainstStored, type ScheduleCheck, type ScheduleMismatch } from './check-schedule';
export { DEFAULT_MAX_BYTES, guardXmlInput } from './guard-input';
export type {
  MspdiDocument,
  MspdiExtras,
  MspdiFieldDefinition,
  ReadMspdiOptions,
  StoredTaskDates,
} from './mspdi-document.types';
export { MSPDI_NAMESPACE, readMspdi } from './read-mspdi';
export { type WriteMspdiOptions, writeMspdi } from './write-mspdi';

import { problemTypes } from '@tandem/api';
import { CalendarError, ScheduleInputError, type ScheduleResult, schedule } from '@tandem/engine';
import { checkAgainstStored, FormatError, type MspdiDocument, readMspdi } from '@tandem/formats';
import { ProblemError } from '../http/problem-error';

/** An MSPDI file read for import, with the reading whose schedule matches the file's dates. */
export interface MspdiReading {
  readonly document: MspdiDocument;
  readonly result: ScheduleResult;
  /** Set when the file's Active flags were ignored because its own dates contradict them. */
  readonly activeFlagsIgnored: boolean;
}

/**
 * Reads an MS Project XML text as the CLI does (packages/cli/src/mspdi-input.ts): converters from
 * .mpp write `Active 0` on tasks Microsoft Project treats as active, so when tasks are marked
 * inactive both readings are scheduled and the one whose dates agree with the file is kept.
 * An unreadable file is a 422 naming the line and element; an unschedulable one a 422 naming why.
 */
export function readMspdiForImport(text: string): MspdiReading {
  const asWritten = read(text, false);
  const result = scheduleOrExplain(asWritten);
  if (!asWritten.project.tasks.some((task) => task.active === false)) {
    return { document: asWritten, result, activeFlagsIgnored: false };
  }
  const allActive = read(text, true);
  const allActiveResult = scheduleOrExplain(allActive);
  return checkAgainstStored(allActive, allActiveResult).matched >
    checkAgainstStored(asWritten, result).matched
    ? { document: allActive, result: allActiveResult, activeFlagsIgnored: true }
    : { document: asWritten, result, activeFlagsIgnored: false };
}

function read(text: string, ignoreActiveFlag: boolean): MspdiDocument {
  try {
    return readMspdi(text, { fileName: 'body', ignoreActiveFlag });
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    const where = [
      error.line !== undefined ? `line ${error.line}` : null,
      error.element ? `<${error.element}>` : null,
    ]
      .filter((part) => part !== null)
      .join(', ');
    throw new ProblemError({
      status: 422,
      type: problemTypes.validation,
      title: 'Unreadable MS Project XML',
      detail: error.message,
      errors: [
        {
          field: error.element ? `body.${error.element}` : 'body',
          message: where ? `${where}: ${error.reason}` : error.reason,
        },
      ],
    });
  }
}

function scheduleOrExplain(document: MspdiDocument): ScheduleResult {
  try {
    return schedule(document.project);
  } catch (error) {
    if (!(error instanceof ScheduleInputError) && !(error instanceof CalendarError)) throw error;
    throw new ProblemError({
      status: 422,
      type: problemTypes.scheduling,
      title: 'The file cannot be scheduled',
      detail: `the file's plan cannot be scheduled: ${error.message}`,
      errors: [{ field: 'body', message: error.message }],
    });
  }
}

import { readFileSync, statSync } from 'node:fs';
import { type ScheduleResult, schedule } from '@tandem/engine';
import { checkAgainstStored, DEFAULT_MAX_BYTES, type MspdiDocument, readMspdi } from '@tandem/formats';

export interface LoadedMspdi {
  readonly document: MspdiDocument;
  readonly result: ScheduleResult;
  /** Set when the Active flags were read as written but the stored dates contradicted them. */
  readonly activeFlagsIgnored: boolean;
}

/**
 * Reads and schedules one MSPDI file; errors name the file (and the line, for unreadable input).
 *
 * Converters from .mpp (MPXJ) write `Active 0` on tasks that Microsoft Project treats as active.
 * Rather than trust the flag, let the file's own dates decide: when tasks are marked inactive,
 * schedule both readings and keep the one whose dates agree with what Microsoft Project stored.
 * `ignoreActive` forces the second reading.
 */
export function loadMspdi(path: string, options: { ignoreActive?: boolean } = {}): LoadedMspdi {
  const text = readChecked(path);
  const asWritten = readMspdi(text, { fileName: path, ignoreActiveFlag: options.ignoreActive === true });
  const result = scheduleOrExplain(path, asWritten);
  const hasInactive = asWritten.project.tasks.some((task) => task.active === false);
  if (options.ignoreActive || !hasInactive) return { document: asWritten, result, activeFlagsIgnored: false };
  const allActive = readMspdi(text, { fileName: path, ignoreActiveFlag: true });
  const allActiveResult = scheduleOrExplain(path, allActive);
  const matchedAsWritten = checkAgainstStored(asWritten, result).matched;
  const matchedAllActive = checkAgainstStored(allActive, allActiveResult).matched;
  return matchedAllActive > matchedAsWritten
    ? { document: allActive, result: allActiveResult, activeFlagsIgnored: true }
    : { document: asWritten, result, activeFlagsIgnored: false };
}

function scheduleOrExplain(path: string, document: MspdiDocument): ScheduleResult {
  try {
    return schedule(document.project);
  } catch (error) {
    throw new Error(`${path}: cannot schedule: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readChecked(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new Error(`${path}: is a folder (use --check --all to check every file in it)`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${path}: no such file`);
    throw error;
  }
  // Refuse before reading: the reader's own limit only applies once the text is in memory.
  if (size > DEFAULT_MAX_BYTES) {
    throw new Error(`${path}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 100 MB limit`);
  }
  return readFileSync(path, 'utf8');
}

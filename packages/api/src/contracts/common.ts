import { z } from 'zod';

/** A UUID (Tandem ids are UUIDv7: time-sortable, collision-free across servers). */
export const idSchema = z.uuid({ message: 'must be a UUID' });

/** Plan dates stay within these years (Microsoft Project's own range is 1984–2149). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const FLOATING_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A floating wall-clock date-time `YYYY-MM-DDTHH:MM[:SS]` with no zone (as Microsoft Project stores
 * them). The server always answers with seconds.
 */
export const floatingDateTimeSchema = z
  .string()
  .regex(FLOATING_DATE_TIME, { message: 'must be a date-time YYYY-MM-DDTHH:MM:SS without a time zone' })
  .refine(isValidFloatingDateTime, {
    message: `is not a valid calendar date and time between ${MIN_YEAR} and ${MAX_YEAR}`,
  })
  .meta({ format: 'floating-date-time', example: '2026-03-02T08:00:00' });

/** An instant in UTC, ISO 8601 with `Z` (creation and update times). */
export const utcTimestampSchema = z.iso.datetime({ message: 'must be an ISO 8601 UTC timestamp' });

/**
 * Free text typed by a person: no NUL characters (PostgreSQL cannot store them), at most `max`
 * characters; `trim` strips surrounding whitespace and `required` refuses what is then empty.
 */
export function textInput(max: number, options: { required?: boolean } = {}) {
  const base = z.string().max(max, { message: `must be at most ${max} characters` });
  const checked = options.required ? base.trim().min(1, { message: 'must not be empty' }) : base;
  return checked.refine((text) => !text.includes('\u0000'), { message: 'must not contain NUL characters' });
}

/** Optimistic concurrency: every editable object carries a version that each write increments. */
export const versionSchema = z.number().int().min(1);

function isValidFloatingDateTime(text: string): boolean {
  const match = FLOATING_DATE_TIME.exec(text);
  if (!match) return false;
  const [, y, mo, d, h, mi, s = '0'] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  return (
    Number(y) >= MIN_YEAR &&
    Number(y) <= MAX_YEAR &&
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(s) < 60
  );
}

/** A list answer; lists are wrapped so paging fields can be added without breaking clients. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

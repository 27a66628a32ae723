import type { CreateCheckInRequest, KeyResult } from '@tandem/api';
import { measureOf } from './objective-form';

export interface CheckInFormValues {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly value: number | string;
  /** Percent, 0 to 100 (the API takes 0 to 1). */
  readonly confidence: number | string;
  readonly note: string;
}

/** A new check-in starts from the key result's current reading, dated today. */
export function checkInFormFor(
  kr: Pick<KeyResult, 'current' | 'confidence'>,
  today: string,
): CheckInFormValues {
  return { date: today, value: kr.current, confidence: Math.round(kr.confidence * 100), note: '' };
}

/**
 * The check-in body, or errors keyed by field. The date must be a real day no later than `today`:
 * a check-in records a reading that was taken.
 */
export function checkInRequestFrom(
  values: CheckInFormValues,
  today: string,
): { readonly request: CreateCheckInRequest } | { readonly errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`)))
    errors.date = 'Enter the date of the reading';
  else if (values.date > today) errors.date = 'Cannot be in the future';
  const value = measureOf(values.value);
  if (value === null) errors.value = 'Enter the value measured';
  const percent = measureOf(values.confidence);
  if (percent === null || percent < 0 || percent > 100) errors.confidence = 'Must be between 0 and 100 %';
  if (values.note.length > 5_000) errors.note = 'Note must be at most 5,000 characters';
  if (Object.keys(errors).length > 0 || value === null || percent === null) return { errors };
  return {
    request: {
      date: values.date,
      value,
      confidence: Math.round(percent * 10) / 1000,
      note: values.note.trim(),
    },
  };
}

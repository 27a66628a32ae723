import type { CreateGoalRequest, Goal } from '@tandem/api';

/** One key result row of the form; NumberInput gives `''` while a field is empty. */
export interface KeyResultValues {
  /** Set for a key result the objective already has (kept, with its check-ins). */
  readonly id?: string;
  readonly metric: string;
  readonly baseline: number | string;
  readonly target: number | string;
}

export interface ObjectiveFormValues {
  readonly title: string;
  readonly description: string;
  readonly ownerId: string | null;
  /** `YYYY-MM-DD` or '' for none. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly keyResults: readonly KeyResultValues[];
}

export const EMPTY_KEY_RESULT: KeyResultValues = { metric: '', baseline: 0, target: '' };

export const EMPTY_OBJECTIVE_FORM: ObjectiveFormValues = {
  title: '',
  description: '',
  ownerId: null,
  periodStart: '',
  periodEnd: '',
  keyResults: [EMPTY_KEY_RESULT],
};

export function goalToForm(goal: Goal): ObjectiveFormValues {
  return {
    title: goal.title,
    description: goal.description,
    ownerId: goal.ownerId,
    periodStart: goal.periodStart ?? '',
    periodEnd: goal.periodEnd ?? '',
    keyResults: goal.keyResults.map((kr) => ({
      id: kr.id,
      metric: kr.metric,
      baseline: kr.baseline,
      target: kr.target,
    })),
  };
}

const MEASURE_LIMIT = 1e12;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number typed in a field, or null when it is empty or not a finite number in the server's range. */
export function measureOf(value: number | string): number | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) && Math.abs(number) <= MEASURE_LIMIT ? number : null;
}

/**
 * The create/update body for the form (an update adds its version), or the errors keyed by form
 * path (`title`, `keyResults.1.target`). Current values are not sent: a new key result starts at
 * its baseline, a kept one keeps its value; check-ins move them.
 */
export function objectiveRequestFrom(
  values: ObjectiveFormValues,
): { readonly request: CreateGoalRequest } | { readonly errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Title must not be empty';
  else if (title.length > 300) errors.title = 'Title must be at most 300 characters';
  if (values.description.length > 10_000)
    errors.description = 'Description must be at most 10,000 characters';
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (values[field] !== '' && !DATE.test(values[field])) errors[field] = 'Enter a date';
  }
  if (!errors.periodStart && !errors.periodEnd && values.periodStart && values.periodEnd) {
    if (values.periodEnd < values.periodStart) errors.periodEnd = 'Must be on or after the start';
  }
  if (values.keyResults.length > 50) errors.keyResults = 'At most 50 key results';
  const keyResults: NonNullable<CreateGoalRequest['keyResults']>[number][] = [];
  values.keyResults.forEach((kr, i) => {
    const metric = kr.metric.trim();
    const baseline = measureOf(kr.baseline);
    const target = measureOf(kr.target);
    if (metric === '') errors[`keyResults.${i}.metric`] = 'Name what is measured';
    else if (metric.length > 300) errors[`keyResults.${i}.metric`] = 'Metric must be at most 300 characters';
    if (baseline === null) errors[`keyResults.${i}.baseline`] = 'Enter the starting value';
    if (target === null) errors[`keyResults.${i}.target`] = 'Enter the value to reach';
    else if (baseline !== null && target === baseline)
      errors[`keyResults.${i}.target`] = 'Must differ from the baseline';
    if (baseline !== null && target !== null)
      keyResults.push({ ...(kr.id ? { id: kr.id } : {}), metric, baseline, target });
  });
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      title,
      description: values.description,
      ownerId: values.ownerId,
      periodStart: values.periodStart || null,
      periodEnd: values.periodEnd || null,
      keyResults,
    },
  };
}

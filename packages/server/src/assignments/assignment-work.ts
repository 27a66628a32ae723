import type { ResourceType } from '@tandem/api';

/** An assignment's units (percent) and work (minutes, or quantity for material resources). */
export interface UnitsAndWork {
  readonly units: number;
  readonly work: number;
}

/** Where a refused input sits, and why. */
export interface WorkInputError {
  readonly field: string;
  readonly message: string;
}

/**
 * Units and work of a new assignment, as Microsoft Project fills them in:
 * - work resource: units default to 100 %; work defaults to duration × units (the task keeps its
 *   duration); giving work with zero units cannot be scheduled;
 * - material resource: a consumption, `work` is the quantity (default: `units`, else 1) and units
 *   equal it;
 * - cost resource: neither units nor work.
 * @param duration the task's duration, working minutes.
 */
export function newAssignmentLoad(
  type: ResourceType,
  duration: number,
  input: { readonly units?: number; readonly work?: number },
): UnitsAndWork | WorkInputError {
  if (type === 'cost') {
    if (input.units !== undefined) return { field: 'body.units', message: 'a cost resource takes no units' };
    if (input.work !== undefined) return { field: 'body.work', message: 'a cost resource takes no work' };
    return { units: 0, work: 0 };
  }
  if (type === 'material') {
    const quantity = input.work ?? input.units ?? 1;
    return { units: quantity, work: quantity };
  }
  const units = input.units ?? 100;
  if (input.work !== undefined && input.work > 0 && units === 0) {
    return { field: 'body.units', message: 'must be above 0 when work is given' };
  }
  return { units, work: input.work ?? Math.round((duration * units) / 100) };
}

/**
 * An edit of a work assignment as a fixed-units task in Microsoft Project takes it: the units are
 * kept, so new units keep the work (the duration follows), new work keeps the units.
 */
export function editedAssignmentLoad(
  type: ResourceType,
  current: UnitsAndWork,
  input: { readonly units?: number; readonly work?: number },
): UnitsAndWork | WorkInputError {
  if (type === 'cost') return newAssignmentLoad(type, 0, input);
  if (type === 'material') {
    const quantity = input.work ?? input.units ?? current.work;
    return { units: quantity, work: quantity };
  }
  const units = input.units ?? current.units;
  const work = input.work ?? current.work;
  if (work > 0 && units === 0) {
    return {
      field: input.units !== undefined ? 'body.units' : 'body.work',
      message: 'units must be above 0 while there is work',
    };
  }
  return { units, work };
}

/** The longest duration a task may have, working minutes (the task contract's limit: 10 years of 24-hour days). */
export const MAX_TASK_DURATION = 5_256_000;

/**
 * The duration (working minutes) of a work-driven task: its longest work assignment's work ÷ units
 * (Microsoft Project's fixed-units rule, work = duration × units per assignment).
 */
export function workDrivenDuration(loads: readonly UnitsAndWork[]): number {
  let longest = 0;
  for (const { units, work } of loads) {
    if (units > 0) longest = Math.max(longest, Math.round((work * 100) / units));
  }
  return longest;
}

export function isWorkInputError(value: UnitsAndWork | WorkInputError): value is WorkInputError {
  return 'field' in value;
}

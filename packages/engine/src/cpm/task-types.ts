import type { TaskType } from '../model/project.types';

/** The three quantities of an assignment MS Project ties together: work = duration × units. */
export type TaskQuantity = 'duration' | 'work' | 'units';

/**
 * MS Project's task types as data: for each type, which quantity is recalculated when the user
 * edits one (Microsoft's "Change task types" table). The fixed quantity is never recalculated.
 */
export const TASK_TYPE_RULES: Readonly<Record<TaskType, Readonly<Record<TaskQuantity, TaskQuantity>>>> = {
  fixedUnits: { duration: 'work', work: 'duration', units: 'duration' },
  fixedWork: { duration: 'units', work: 'duration', units: 'duration' },
  fixedDuration: { duration: 'work', work: 'units', units: 'work' },
};

/** One assignment's work (minutes) and units (1 = 100 %). */
export interface AssignmentLoad {
  readonly work: number;
  readonly units: number;
}

/** A task's duration (working minutes) and its work-resource assignments. */
export interface TaskLoad {
  readonly duration: number;
  readonly assignments: readonly AssignmentLoad[];
}

export type TaskEdit =
  | { readonly field: 'duration'; readonly value: number }
  /** New total work, shared among the assignments in proportion to their current work (or units). */
  | { readonly field: 'work'; readonly value: number }
  /** New units of assignment `index`. */
  | { readonly field: 'units'; readonly value: number; readonly index: number };

function checkQuantity(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative number, not ${value}`);
}

/**
 * Applies one edit to a task with assignments as MS Project does for its task type: the edited
 * quantity takes the new value, the quantity TASK_TYPE_RULES names is recalculated from
 * work = duration × units (per assignment; the task's duration is its longest assignment's), the
 * third stays. Durations and work are minutes.
 * @throws RangeError for negative values, an unknown assignment, or a quantity that cannot be
 *   derived (units from zero duration).
 */
export function applyTaskEdit(type: TaskType, load: TaskLoad, edit: TaskEdit): TaskLoad {
  checkQuantity(edit.value, edit.field);
  const recalculated = TASK_TYPE_RULES[type][edit.field];
  const { assignments } = load;
  if (assignments.length === 0) {
    return edit.field === 'duration' ? { duration: edit.value, assignments } : load;
  }
  if (edit.field === 'duration') {
    const duration = edit.value;
    if (recalculated === 'work') {
      return {
        duration,
        assignments: assignments.map((a) => ({ units: a.units, work: duration * a.units })),
      };
    }
    if (duration === 0) throw new RangeError('units cannot be derived for a zero duration');
    return { duration, assignments: assignments.map((a) => ({ work: a.work, units: a.work / duration })) };
  }
  if (edit.field === 'work') {
    const totalWork = assignments.reduce((sum, a) => sum + a.work, 0);
    const totalUnits = assignments.reduce((sum, a) => sum + a.units, 0);
    const share = (a: AssignmentLoad): number =>
      totalWork > 0 ? a.work / totalWork : totalUnits > 0 ? a.units / totalUnits : 1 / assignments.length;
    const withWork = assignments.map((a) => ({ units: a.units, work: edit.value * share(a) }));
    if (recalculated === 'duration') return { duration: longest(withWork), assignments: withWork };
    if (load.duration === 0) throw new RangeError('units cannot be derived for a zero duration');
    return {
      duration: load.duration,
      assignments: withWork.map((a) => ({ work: a.work, units: a.work / load.duration })),
    };
  }
  if (edit.index < 0 || edit.index >= assignments.length) {
    throw new RangeError(`no assignment ${edit.index} (the task has ${assignments.length})`);
  }
  const changed = assignments.map((a, i) => (i === edit.index ? { work: a.work, units: edit.value } : a));
  if (recalculated === 'work') {
    return {
      duration: load.duration,
      assignments: changed.map((a) => ({ units: a.units, work: load.duration * a.units })),
    };
  }
  return { duration: longest(changed), assignments: changed };
}

/** Duration of the longest assignment: work / units (minutes). */
function longest(assignments: readonly AssignmentLoad[]): number {
  let duration = 0;
  for (const a of assignments) {
    if (a.units > 0) duration = Math.max(duration, a.work / a.units);
  }
  return Math.round(duration);
}

/**
 * Effort-driven scheduling when resources join or leave a task: the task's total work stays and
 * is shared in proportion to units, so the duration shrinks as resources are added (fixed units,
 * fixed work) or the units shrink (fixed duration). Without effort-driven (and for fixed work,
 * which always is), each assignment keeps duration × units.
 */
export function reassign(
  type: TaskType,
  effortDriven: boolean,
  load: TaskLoad,
  units: readonly number[],
): TaskLoad {
  for (const u of units) checkQuantity(u, 'units');
  const totalUnits = units.reduce((sum, u) => sum + u, 0);
  const totalWork = load.assignments.reduce((sum, a) => sum + a.work, 0);
  const driven = effortDriven || type === 'fixedWork';
  if (!driven || totalWork === 0 || totalUnits === 0) {
    return {
      duration: load.duration,
      assignments: units.map((u) => ({ units: u, work: load.duration * u })),
    };
  }
  if (type === 'fixedDuration') {
    const scale = load.duration > 0 ? totalWork / (load.duration * totalUnits) : 0;
    return {
      duration: load.duration,
      assignments: units.map((u) => ({ units: u * scale, work: load.duration * u * scale })),
    };
  }
  const duration = Math.round(totalWork / totalUnits);
  return { duration, assignments: units.map((u) => ({ units: u, work: duration * u })) };
}

import type { ConstraintType } from '../model/project.types';

/**
 * Microsoft Project's constraint types as data. A floor bounds a date from below (no earlier
 * than), a ceiling from above (no later than); "must" constraints are both and pin the task, so it
 * ignores the project start. When scheduling from the start, floors move the early dates and
 * ceilings are the "inflexible" side: a link pushing a task past a ceiling is a conflict, won by the
 * link unless the project honours constraints (then the constraint wins and slack goes negative).
 * Scheduling from the finish mirrors this: ceilings move the late dates, floors are inflexible.
 */
export interface ConstraintRule {
  readonly startFloor: boolean;
  readonly startCeiling: boolean;
  readonly finishFloor: boolean;
  readonly finishCeiling: boolean;
  /** Placed at its late dates (as late as possible). */
  readonly late: boolean;
}

const NONE = { startFloor: false, startCeiling: false, finishFloor: false, finishCeiling: false };

export const CONSTRAINT_RULES: Readonly<Record<ConstraintType, ConstraintRule>> = {
  ASAP: { ...NONE, late: false },
  ALAP: { ...NONE, late: true },
  MSO: { ...NONE, startFloor: true, startCeiling: true, late: false },
  MFO: { ...NONE, finishFloor: true, finishCeiling: true, late: false },
  SNET: { ...NONE, startFloor: true, late: false },
  SNLT: { ...NONE, startCeiling: true, late: false },
  FNET: { ...NONE, finishFloor: true, late: false },
  FNLT: { ...NONE, finishCeiling: true, late: false },
};

/** Code order of the constraint types in the compiled network's Uint8Array. */
export const CONSTRAINT_ORDER: readonly ConstraintType[] = [
  'ASAP',
  'ALAP',
  'MSO',
  'MFO',
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
];

export const START_FLOOR = 1;
export const START_CEILING = 2;
export const FINISH_FLOOR = 4;
export const FINISH_CEILING = 8;
/** Pinned by a "must" constraint: the project start or finish does not bound it. */
export const PINNED = 16;

/** The rule of each constraint code as bits, for the passes' hot loops. */
export const CONSTRAINT_BITS: Uint8Array = Uint8Array.from(CONSTRAINT_ORDER, (type) => {
  const rule = CONSTRAINT_RULES[type];
  let bits = 0;
  if (rule.startFloor) bits |= START_FLOOR;
  if (rule.startCeiling) bits |= START_CEILING;
  if (rule.finishFloor) bits |= FINISH_FLOOR;
  if (rule.finishCeiling) bits |= FINISH_CEILING;
  if ((rule.startFloor && rule.startCeiling) || (rule.finishFloor && rule.finishCeiling)) bits |= PINNED;
  return bits;
});

/** Whether a constraint type needs a date. */
export function constraintNeedsDate(type: ConstraintType): boolean {
  return type !== 'ASAP' && type !== 'ALAP';
}

/**
 * Is a task with this constraint placed at its late dates? ALAP always; when scheduling from the
 * finish, every task but an explicit ASAP one (MS Project schedules backwards from the finish, and
 * its constraints bound that placement).
 */
export function isPlacedLateBy(type: ConstraintType, fromFinish: boolean): boolean {
  return CONSTRAINT_RULES[type].late || (fromFinish && type !== 'ASAP');
}

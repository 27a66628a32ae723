/** A score that cannot be computed from its inputs: names the field and why, never NaN or Infinity. */
export class ScoreInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field} ${reason}`);
    this.name = 'ScoreInputError';
  }
}

/** A finite number in [min, max] (max optional), or a ScoreInputError naming the field. */
export function requireNumber(
  value: number | null | undefined,
  field: string,
  range: { readonly min: number; readonly max?: number; readonly exclusiveMin?: boolean },
): number {
  if (value === null || value === undefined) throw new ScoreInputError(field, 'is missing');
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ScoreInputError(field, 'must be a number');
  if (range.exclusiveMin ? value <= range.min : value < range.min) {
    throw new ScoreInputError(
      field,
      `must be ${range.exclusiveMin ? 'greater than' : 'at least'} ${range.min}`,
    );
  }
  if (range.max !== undefined && value > range.max)
    throw new ScoreInputError(field, `must be at most ${range.max}`);
  return value;
}

/** Weights are stored exactly as integer thousandths of a weight unit (1.5 → 1500). */
const MILLI = 1_000;

/** A weight as the API carries it (at most three decimals, checked by the contract) → thousandths. */
export function weightToMilli(weight: number): number {
  return Math.round(weight * MILLI);
}

/** Stored thousandths → the weight as the API carries it. */
export function milliToWeight(milli: number): number {
  return milli / MILLI;
}

/**
 * Stable counting sort of activity lists by an integer key per activity (a period), buffers
 * allocated once. Used to turn a schedule back into the activity list that decodes to it.
 */
export class ListSorter {
  /** Key of each activity, set by the caller before {@link sort}. */
  readonly keys: Int32Array;
  private readonly counts: Int32Array;

  /**
   * @param n number of activities
   * @param maxKey largest key that will be sorted (periods)
   */
  constructor(n: number, maxKey: number) {
    this.keys = new Int32Array(n);
    this.counts = new Int32Array(maxKey + 2);
  }

  /**
   * Write `src` to `out` by increasing `keys`, equal keys in `src` order (or reversed `src` order).
   * @param maxKey the largest key present (periods)
   */
  sort(src: Int32Array, reversed: boolean, maxKey: number, out: Int32Array): void {
    const { counts, keys } = this;
    const n = src.length;
    counts.fill(0, 0, maxKey + 2);
    for (let k = 0; k < n; k++) counts[keys[src[k]] + 1]++;
    for (let v = 1; v <= maxKey + 1; v++) counts[v] += counts[v - 1];
    if (reversed) {
      for (let k = n - 1; k >= 0; k--) {
        const j = src[k];
        out[counts[keys[j]]++] = j;
      }
    } else {
      for (let k = 0; k < n; k++) {
        const j = src[k];
        out[counts[keys[j]]++] = j;
      }
    }
  }
}

/**
 * Shuffle, in place, every run of equal keys in a list sorted by `keys`, unless the run holds an
 * activity of zero duration. Two activities of positive duration with the same start (or the same
 * finish) cannot be linked by a finish-to-start relation, so any order within such a run keeps the
 * list precedence-feasible; a zero-duration activity may share its time with a linked one, so its
 * run keeps the sorted order.
 * @param list activities sorted by increasing `keys[activity]`
 * @param keys time of each activity, periods
 * @param durations duration of each activity, periods
 * @param random uniform draws in [0, 1)
 */
export function shuffleTiedRuns(
  list: Int32Array,
  keys: Int32Array,
  durations: Int32Array,
  random: () => number,
): void {
  const n = list.length;
  let a = 0;
  while (a < n) {
    const key = keys[list[a]];
    let zero = durations[list[a]] === 0;
    let b = a + 1;
    for (; b < n && keys[list[b]] === key; b++) if (durations[list[b]] === 0) zero = true;
    if (!zero) {
      for (let i = b - 1; i > a; i--) {
        const r = a + Math.floor(random() * (i - a + 1));
        const t = list[i];
        list[i] = list[r];
        list[r] = t;
      }
    }
    a = b;
  }
}

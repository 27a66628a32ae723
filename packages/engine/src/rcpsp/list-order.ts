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

/** FNV-1a over UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Task id → dense index, as an open-addressing hash table over an Int32Array: about twice as fast
 * as a Map on a million ids, and no per-entry allocation.
 */
export class IdIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  /** Indexes `ids`; calls `onDuplicate(i)` for an id already seen at a lower index. */
  constructor(
    private readonly ids: readonly string[],
    onDuplicate: (index: number) => void,
  ) {
    const size = 1 << (32 - Math.clz32(Math.max(4, ids.length * 2) - 1));
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      let h = hashOf(id) & this.mask;
      for (let j = this.table[h]; j >= 0; j = this.table[h]) {
        if (ids[j] === id) {
          onDuplicate(i);
          break;
        }
        h = (h + 1) & this.mask;
      }
      if (this.table[h] < 0) this.table[h] = i;
    }
  }

  /**
   * Index of `id`, or -1, trying `guess` and `guess + 1` before hashing: ids read in sequence
   * (parents, link ends in outline order) usually sit next to the one looked up before, and a
   * comparison with the same string object costs no hashing. Ids are unique where this is used
   * (a duplicate throws while indexing), so the answer is the one `indexOf` gives.
   */
  indexNear(id: string, guess: number): number {
    const ids = this.ids;
    if (guess >= 0 && guess < ids.length && ids[guess] === id) return guess;
    if (guess >= -1 && guess + 1 < ids.length && ids[guess + 1] === id) return guess + 1;
    return this.indexOf(id);
  }

  /** Index of `id`, or -1. */
  indexOf(id: string): number {
    let h = hashOf(id) & this.mask;
    for (let j = this.table[h]; j >= 0; j = this.table[h]) {
      if (this.ids[j] === id) return j;
      h = (h + 1) & this.mask;
    }
    return -1;
  }

  get size(): number {
    return this.ids.length;
  }
}

/**
 * Precedence-feasible activity lists by a key: Kahn's algorithm that always takes the ready
 * activity with the smallest key (ties: the smaller tie-break value). Buffers are allocated once.
 */
export class KeyOrder {
  private readonly indegree: Int32Array;
  private readonly heap: Int32Array;
  private size = 0;
  private keys: ArrayLike<number> = [];
  private ties: ArrayLike<number> = [];

  constructor(private readonly n: number) {
    this.indegree = new Int32Array(n);
    this.heap = new Int32Array(n);
  }

  /**
   * Writes to `out` every activity, each after all its predecessors in the graph given by
   * (`off`, `next`) = successor lists (forward) or predecessor lists (backward), smallest key first.
   */
  order(
    inOff: Int32Array,
    outOff: Int32Array,
    next: Int32Array,
    keys: ArrayLike<number>,
    ties: ArrayLike<number>,
    out: Int32Array,
  ): void {
    const { n, indegree } = this;
    this.keys = keys;
    this.ties = ties;
    this.size = 0;
    for (let j = 0; j < n; j++) {
      indegree[j] = inOff[j + 1] - inOff[j];
      if (indegree[j] === 0) this.push(j);
    }
    for (let k = 0; k < n; k++) {
      if (this.size === 0) throw new Error('levelling: the precedence graph has a cycle');
      const j = this.pop();
      out[k] = j;
      for (let e = outOff[j]; e < outOff[j + 1]; e++) if (--indegree[next[e]] === 0) this.push(next[e]);
    }
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && this.ties[a] < this.ties[b]);
  }

  private push(j: number): void {
    const heap = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(j, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = j;
  }

  private pop(): number {
    const heap = this.heap;
    const top = heap[0];
    const last = heap[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(heap[child + 1], heap[child])) child++;
      if (!this.less(heap[child], last)) break;
      heap[i] = heap[child];
      i = child;
    }
    if (this.size > 0) heap[i] = last;
    return top;
  }
}

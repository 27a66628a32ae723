/**
 * The nodes incremental passes recomputed since the last result, each listed once: the next
 * result compares only these with the previous one (result-reuse.ts). A full pass marks the journal `all` instead of listing
 * every node. The scheduler clears it when it builds a result.
 */
export class NodeJournal {
  /** The listed nodes, `count` of them, in the order they were first recomputed. */
  readonly nodes: Int32Array;
  count = 0;
  /** A pass ran over every node since the last clear: `nodes` is incomplete, compare them all. */
  all = false;
  private readonly listed: Uint8Array;

  constructor(nodeCount: number) {
    this.nodes = new Int32Array(nodeCount);
    this.listed = new Uint8Array(nodeCount);
  }

  /** Lists a node recomputed (once; nothing once `all` is set). */
  add(node: number): void {
    if (this.all || this.listed[node] === 1) return;
    this.listed[node] = 1;
    this.nodes[this.count++] = node;
  }

  /** A full pass ran: every node may have changed. */
  markAll(): void {
    this.all = true;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.listed[this.nodes[k]] = 0;
    this.count = 0;
    this.all = false;
  }
}

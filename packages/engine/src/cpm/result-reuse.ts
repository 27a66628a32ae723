import {
  LAG_PERCENT,
  LAG_PERCENT_ELAPSED,
  LINK_GATE,
  LINK_KIND_MASK,
  LINK_ROLLUP,
  type Network,
  NODE_FIN,
} from './network.types';
import type { NodeJournal } from './node-journal';
import type { ScheduleState } from './schedule-state';

/** Values kept per node: es, ef, ls, lf, ss, sf, rls, rlf (one node's eight side by side). */
const PER_NODE = 8;

/** Does a value differ? NaN (no date) stays NaN: unequal to itself, but no change. */
const differs = (a: number, b: number): boolean => a !== b && !(Number.isNaN(a) && Number.isNaN(b));

/**
 * The computed values the last result was built from, kept so that the next result can reuse
 * every task object whose inputs did not change. An incremental edit moves a few dozen of a
 * thousand tasks; rebuilding all of them (their slack is calendar arithmetic) cost more than the
 * edit's passes. Only the nodes the passes recomputed (the journal) are compared, and the copy is
 * brought up to date for those only: an edit's result costs in proportion to what it touched.
 */
export class ResultBaseline {
  /** Task indexes to rebuild, `rebuildCount` of them (filled by `collect`). */
  rebuild = new Int32Array(0);
  rebuildCount = 0;
  private net: Network | null = null;
  private st: ScheduleState | null = null;
  private projectStart = Number.NaN;
  private projectFinish = Number.NaN;
  private values = new Float64Array(0);
  private conflict = new Uint8Array(0);
  private marked = new Uint8Array(0);

  /** Records every value of `st`: the next result is compared with these. */
  capture(net: Network, st: ScheduleState): void {
    const n = net.nodeCount;
    if (this.conflict.length !== n) {
      this.values = new Float64Array(PER_NODE * n);
      this.conflict = new Uint8Array(n);
    }
    if (this.marked.length !== net.taskCount) {
      this.marked = new Uint8Array(net.taskCount);
      this.rebuild = new Int32Array(net.taskCount);
    }
    this.net = net;
    this.st = st;
    this.projectStart = st.projectStart;
    this.projectFinish = st.projectFinish;
    for (let i = 0; i < n; i++) this.record(st, i);
  }

  /**
   * Lists in `rebuild` the tasks whose scheduled values may differ from those of the captured
   * state, and brings the captured copy up to date: those whose own nodes changed (dates, late
   * dates, roll-ups, conflict), those whose inputs were edited (`edited`, task indexes), and those
   * whose free slack reads a node whose early dates moved (a link predecessor; every task under a
   * summary that is that predecessor, as `freeSlack` walks up to it; every task under a summary
   * whose own span a percent lag out of it reads). Only the nodes `journal` lists are compared,
   * all of them when it is marked `all`.
   * @returns false when nothing can be reused: another network or state (a link edit or a
   * recompile), a moved project start or finish (every slack may read it), or nothing captured.
   */
  collect(net: Network, st: ScheduleState, edited: readonly number[], journal: NodeJournal): boolean {
    this.rebuildCount = 0;
    if (
      this.net !== net ||
      this.st !== st ||
      this.projectStart !== st.projectStart ||
      this.projectFinish !== st.projectFinish
    ) {
      return false;
    }
    for (const t of edited) this.add(t);
    if (journal.all) {
      for (let i = 0; i < net.nodeCount; i++) this.compare(net, st, i);
    } else {
      for (let k = 0; k < journal.count; k++) this.compare(net, st, journal.nodes[k]);
    }
    for (let k = 0; k < this.rebuildCount; k++) this.marked[this.rebuild[k]] = 0;
    return true;
  }

  /** Compares node i with its captured values, marks the tasks that read them, records the new ones. */
  private compare(net: Network, st: ScheduleState, i: number): void {
    const v = this.values;
    const o = i * PER_NODE;
    const moved = differs(st.es[i], v[o]) || differs(st.ef[i], v[o + 1]);
    if (
      !moved &&
      !differs(st.ls[i], v[o + 2]) &&
      !differs(st.lf[i], v[o + 3]) &&
      !differs(st.ss[i], v[o + 4]) &&
      !differs(st.sf[i], v[o + 5]) &&
      !differs(st.rls[i], v[o + 6]) &&
      !differs(st.rlf[i], v[o + 7]) &&
      st.conflict[i] === this.conflict[i]
    ) {
      return;
    }
    this.record(st, i);
    this.add(net.taskOf[i]);
    if (!moved) return;
    // Free slack reads the early dates of link successors: rebuild the predecessors.
    for (let k = net.predStart[i]; k < net.predStart[i + 1]; k++) {
      const type = net.predType[k] & LINK_KIND_MASK;
      if (type === LINK_GATE || type === LINK_ROLLUP) continue;
      const p = net.predNode[k];
      if (net.kind[p] === NODE_FIN) this.addSubtree(net, p);
      else this.add(net.taskOf[p]);
    }
    if (net.kind[i] === NODE_FIN && hasPercentLagOut(net, i)) this.addSubtree(net, i);
  }

  private record(st: ScheduleState, i: number): void {
    const v = this.values;
    const o = i * PER_NODE;
    v[o] = st.es[i];
    v[o + 1] = st.ef[i];
    v[o + 2] = st.ls[i];
    v[o + 3] = st.lf[i];
    v[o + 4] = st.ss[i];
    v[o + 5] = st.sf[i];
    v[o + 6] = st.rls[i];
    v[o + 7] = st.rlf[i];
    this.conflict[i] = st.conflict[i];
  }

  private add(t: number): void {
    if (this.marked[t] === 1) return;
    this.marked[t] = 1;
    this.rebuild[this.rebuildCount++] = t;
  }

  /** The summary of finish node `fin` and every task under it. */
  private addSubtree(net: Network, fin: number): void {
    this.add(net.taskOf[fin]);
    for (let k = net.predStart[fin]; k < net.predStart[fin + 1]; k++) {
      if ((net.predType[k] & LINK_KIND_MASK) !== LINK_ROLLUP) continue;
      const c = net.predNode[k];
      if (net.kind[c] === NODE_FIN) this.addSubtree(net, c);
      else this.add(net.taskOf[c]);
    }
  }
}

/** Does a percent lag leave node i (its lag then reads i's span: date-math.ts `lagMinutes`)? */
function hasPercentLagOut(net: Network, i: number): boolean {
  for (let k = net.succStart[i]; k < net.succStart[i + 1]; k++) {
    const type = net.succType[k] & LINK_KIND_MASK;
    if (type === LINK_GATE || type === LINK_ROLLUP) continue;
    const kind = net.linkLagKind[net.succLink[k]];
    if (kind === LAG_PERCENT || kind === LAG_PERCENT_ELAPSED) return true;
  }
  return false;
}

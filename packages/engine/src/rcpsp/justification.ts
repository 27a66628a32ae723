import { ListSorter } from './list-order';
import type { RcpspNetwork } from './rcpsp-network';
import { SerialSgs } from './serial-sgs';

/**
 * Forward-backward improvement (double justification, Valls et al. 2005; Tormos & Lova 2001).
 *
 * Given a forward schedule, a backward pass re-schedules the activities by decreasing finish time
 * as late as possible (a serial SGS on the reversed network), then a forward pass re-schedules them
 * by increasing start time as early as possible. The makespan never increases. Each pass is a full
 * serial SGS decode and counts as one generated schedule.
 */
export class Justifier {
  private readonly backward: SerialSgs;
  private readonly backwardList: Int32Array;
  private readonly sorter: ListSorter;

  constructor(
    net: RcpspNetwork,
    private readonly forward: SerialSgs,
  ) {
    this.backward = new SerialSgs(net, 'backward');
    this.backwardList = new Int32Array(net.n);
    this.sorter = new ListSorter(net.n, net.horizon);
  }

  /**
   * One backward and one forward pass on the schedule now held by the forward SGS (decoded from
   * `list`, of makespan `makespan`). Leaves the justified schedule in the forward SGS and writes to
   * `outList` its activities by increasing start (a list that decodes to it).
   * @returns the new makespan, periods (≤ makespan)
   */
  improve(list: Int32Array, makespan: number, outList: Int32Array): number {
    const fwd = this.forward;
    const bwd = this.backward;
    const keys = this.sorter.keys;
    // Backward list: by decreasing finish; ties keep the reverse list order so a zero-duration
    // successor still comes before its predecessor in the reversed network.
    for (let j = 0; j < keys.length; j++) keys[j] = makespan - fwd.finishes[j];
    this.sorter.sort(list, true, makespan, this.backwardList);
    const backMakespan = bwd.decode(this.backwardList);
    // Forward list: by increasing start in forward time = backMakespan − reversed finish.
    for (let j = 0; j < keys.length; j++) keys[j] = backMakespan - bwd.finishes[j];
    this.sorter.sort(this.backwardList, true, backMakespan, outList);
    const result = fwd.decode(outList);
    this.standardize(outList, result);
    return result;
  }

  /** Reorder `list` in place by the start times held in the forward SGS (stable). */
  standardize(list: Int32Array, makespan: number): void {
    const keys = this.sorter.keys;
    const starts = this.forward.starts;
    for (let j = 0; j < keys.length; j++) keys[j] = starts[j];
    this.backwardList.set(list);
    this.sorter.sort(this.backwardList, false, makespan, list);
  }
}

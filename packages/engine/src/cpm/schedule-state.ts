import { type Network, NODE_FIN } from './network.types';

/**
 * The computed dates of every node, in typed arrays (floating minutes). `ss`/`sf` are the
 * scheduled dates (early, or late for tasks placed as late as possible); they alias `es`/`ef`
 * when no task is placed late. For summary finish nodes, `rls`/`rlf` hold the late dates rolled
 * up from the children (their `ls`/`lf` hold the bounds the summary's own links impose).
 */
export interface ScheduleState {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  ss: Float64Array;
  sf: Float64Array;
  readonly rls: Float64Array;
  readonly rlf: Float64Array;
  /** 1 where a link pushed the node past a constraint it could not move (see constraints.ts). */
  readonly conflict: Uint8Array;
  /** Scratch flags for incremental passes. */
  readonly dirty: Uint8Array;
  /** Summary finish nodes in topological order (children before parents). */
  readonly finOrder: Int32Array;
  projectStart: number;
  projectFinish: number;
}

export function createScheduleState(net: Network): ScheduleState {
  const n = net.nodeCount;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const fins: number[] = [];
  for (let k = 0; k < n; k++) if (net.kind[net.order[k]] === NODE_FIN) fins.push(net.order[k]);
  return {
    es,
    ef,
    ls: new Float64Array(n),
    lf: new Float64Array(n),
    ss: net.hasLatePlacement ? new Float64Array(n) : es,
    sf: net.hasLatePlacement ? new Float64Array(n) : ef,
    rls: new Float64Array(n),
    rlf: new Float64Array(n),
    conflict: new Uint8Array(n),
    dirty: new Uint8Array(n),
    finOrder: Int32Array.from(fins),
    projectStart: 0,
    projectFinish: 0,
  };
}

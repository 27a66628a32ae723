import { type Network, NODE_FIN } from './network.types';
import { TypedArena } from './typed-arena';

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

/**
 * Zeroed state for `net`. Its arrays share one buffer (typed-arena.ts), so that a large schedule
 * costs the garbage collector one marking of the heap rather than one per array.
 */
export function createScheduleState(net: Network): ScheduleState {
  const n = net.nodeCount;
  let fins = 0;
  for (let i = 0; i < n; i++) if (net.kind[i] === NODE_FIN) fins++;
  const late = net.hasLatePlacement;
  const arena = new TypedArena({ float64: (late ? 8 : 6) * n, int32: fins, uint8: 2 * n });
  const es = arena.float64(n);
  const ef = arena.float64(n);
  const finOrder = arena.int32(fins);
  for (let k = 0, f = 0; k < n; k++) if (net.kind[net.order[k]] === NODE_FIN) finOrder[f++] = net.order[k];
  return {
    es,
    ef,
    ls: arena.float64(n),
    lf: arena.float64(n),
    ss: late ? arena.float64(n) : es,
    sf: late ? arena.float64(n) : ef,
    rls: arena.float64(n),
    rlf: arena.float64(n),
    conflict: arena.uint8(n),
    dirty: arena.uint8(n),
    finOrder,
    projectStart: 0,
    projectFinish: 0,
  };
}

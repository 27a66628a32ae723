import type { LevelingDelay } from './leveling.types';

/** What a levelling run decided, by task index, before the scheduler dates the project. */
export interface LevelledStarts {
  /** Levelled start of each task with a delay of its own (floating minutes). */
  readonly starts: ReadonlyMap<number, number>;
  /** Manually scheduled tasks moved to a new start (floating minutes). */
  readonly manualMoves: ReadonlyMap<number, number>;
  /** One entry per delayed task, in any order. */
  readonly delays: readonly LevelingDelay[];
  /** Tasks that could not fit before their late finish (levelling within slack). */
  readonly outsideSlack: ReadonlySet<number>;
  /** Tasks the levelling may not delay (priority 1000, constraints, progress, manual when not levelled). */
  readonly kept: ReadonlySet<number>;
  /** Per task index: resources whose max units one assignment exceeds on its own. */
  readonly tooLarge: ReadonlyMap<number, readonly string[]>;
  readonly schedulesUsed: number;
}

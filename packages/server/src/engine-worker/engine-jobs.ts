import type { LevelingOptions, ProjectInput, SimulationOptions, SimulationResult } from '@tandem/engine';

/** Work the engine does off the request thread. */
export type EngineJob =
  | { readonly kind: 'simulate'; readonly project: ProjectInput; readonly options: SimulationOptions }
  | { readonly kind: 'level'; readonly project: ProjectInput; readonly options: LevelingOptions };

/** A levelled plan as the capacity check reads it: each task's finish and the project's (minutes). */
export interface LevelledFinishes {
  readonly taskFinish: Map<string, number>;
  readonly finish: number;
}

/** What each kind of job answers. */
export interface EngineJobResults {
  readonly simulate: SimulationResult;
  readonly level: LevelledFinishes;
}

/** A message to a worker: one job with the id its answer carries. */
export interface JobMessage {
  readonly id: number;
  readonly job: EngineJob;
}

/** A worker's answer: the result, or the engine's refusal of the input (a cycle, a bad estimate). */
export type JobAnswer =
  | { readonly id: number; readonly ok: true; readonly result: EngineJobResults[EngineJob['kind']] }
  | { readonly id: number; readonly ok: false; readonly message: string };

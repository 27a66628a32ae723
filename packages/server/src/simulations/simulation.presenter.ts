import type { Simulation } from '@tandem/api';
import { type DateTime, formatDateTime, type SimulationResult } from '@tandem/engine';

const CRITICALITY_LISTED = 50;

/** The stored and served form of a run (dates floating ISO, most critical tasks first). */
export function presentSimulation(
  meta: Pick<Simulation, 'id' | 'projectId' | 'createdAt' | 'createdBy' | 'uncertainty' | 'risks'>,
  result: SimulationResult,
  deadline: DateTime | null,
): Simulation {
  const date = (t: number) => formatDateTime(t as DateTime);
  return {
    ...meta,
    iterations: result.iterations,
    seed: result.seed,
    deterministicFinish: date(result.deterministicFinish),
    finish: {
      p10: date(result.finish.p10),
      p50: date(result.finish.p50),
      p80: date(result.finish.p80),
      p90: date(result.finish.p90),
      mean: date(result.finish.mean),
    },
    deadline: deadline === null ? null : date(deadline),
    deadlineProbability: result.deadlineProbability,
    histogram: result.finishHistogram.map((bin) => ({
      from: date(bin.from),
      to: date(bin.to),
      count: bin.count,
      cumulative: bin.cumulative,
    })),
    groups: [...result.groups].map(([id, stats]) => ({ id, p50: date(stats.p50), p80: date(stats.p80) })),
    criticality: [...result.criticality]
      .sort((a, b) => b[1] - a[1])
      .slice(0, CRITICALITY_LISTED)
      .map(([taskId, index]) => ({ taskId, index })),
    sensitivity: result.sensitivity.map((s) => ({
      taskId: s.taskId,
      correlation: Math.max(-1, Math.min(1, s.correlation)),
    })),
  };
}

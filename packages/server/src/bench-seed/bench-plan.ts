import type { PlanDuration, PlanTask } from '../demo/plan-outline';

/** Tasks in one phase of a bench plan: a summary and 49 leaves (7 parallel chains of 7). */
const PHASE_SIZE = 50;
const CHAINS = 7;
/** Phases follow each other within a stream; streams run side by side. */
const STREAMS = 5;

const days = (value: number): PlanDuration => ({ value, unit: 'd', minutes: value * 480 });

/**
 * A synthetic plan of `taskCount` tasks (a multiple of 50) shaped like a real one: phases (summary
 * tasks) of 49 leaves in 7 parallel finish-to-start chains; each phase follows the previous phase
 * of its stream, with 5 streams side by side. Durations are 1–5 days from a fixed sequence, so an
 * edit moves a realistic share of the plan (its chain and the later phases of its stream).
 */
export function benchPlan(taskCount: number, seed: number): PlanTask[] {
  if (!Number.isInteger(taskCount) || taskCount < PHASE_SIZE || taskCount % PHASE_SIZE !== 0) {
    throw new Error(
      `bench plan: the task count must be a positive multiple of ${PHASE_SIZE}, got ${taskCount}`,
    );
  }
  let state = seed >>> 0 || 1;
  const nextDuration = () => {
    // xorshift32: the same plan for the same seed
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 5) + 1;
  };
  const tasks: PlanTask[] = [];
  const phases = taskCount / PHASE_SIZE;
  for (let phase = 0; phase < phases; phase++) {
    const phaseKey = `p${phase}`;
    tasks.push({
      key: phaseKey,
      name: `Phase ${phase + 1}`,
      level: 1,
      parentKey: null,
      order: phase,
      wbs: String(phase + 1),
      summary: true,
      milestone: false,
      duration: days(0),
      predecessors: [],
    });
    const previousPhase = phase - STREAMS;
    for (let leaf = 0; leaf < PHASE_SIZE - 1; leaf++) {
      const chain = leaf % CHAINS;
      const predecessorKey =
        leaf >= CHAINS
          ? `p${phase}t${leaf - CHAINS}`
          : previousPhase >= 0
            ? `p${previousPhase}t${PHASE_SIZE - 1 - CHAINS + chain}`
            : null;
      tasks.push({
        key: `p${phase}t${leaf}`,
        name: `Work package ${phase + 1}.${leaf + 1}`,
        level: 2,
        parentKey: phaseKey,
        order: leaf,
        wbs: `${phase + 1}.${leaf + 1}`,
        summary: false,
        milestone: false,
        duration: days(nextDuration()),
        predecessors: predecessorKey ? [{ predecessorKey, type: 'FS', lag: days(0) }] : [],
      });
    }
  }
  return tasks;
}

import type { SimulationOptions, ThreePointEstimate } from './simulation.types';
import type { SimulationNetwork } from './simulation-network';

const MAX_ITERATIONS = 10_000_000;

/** Checks the options and fills defaults; errors name the option and the task or event. */
export function validateOptions(options: SimulationOptions): {
  iterations: number;
  seed: number;
  bins: number;
  sensitivityTop: number;
} {
  const iterations = options.iterations ?? 10_000;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be a whole number from 1 to ${MAX_ITERATIONS} (got ${iterations})`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  const bins = options.bins ?? 40;
  if (!Number.isInteger(bins) || bins < 1 || bins > 1000)
    throw new RangeError(`bins must be 1–1000 (got ${bins})`);
  const sensitivityTop = options.sensitivityTop ?? 10;
  for (const event of options.riskEvents ?? []) {
    if (!(event.probability >= 0 && event.probability <= 1)) {
      throw new RangeError(
        `risk event ${event.id}: probability must be between 0 and 1 (got ${event.probability})`,
      );
    }
    for (const impact of event.impacts) {
      if (!Number.isFinite(impact.delay))
        throw new RangeError(`risk event ${event.id}: delay must be a number`);
    }
  }
  for (const [i, group] of (options.correlationGroups ?? []).entries()) {
    if (!(group.coefficient >= 0 && group.coefficient <= 1)) {
      throw new RangeError(
        `correlation group ${i + 1}: coefficient must be between 0 and 1 (got ${group.coefficient})`,
      );
    }
  }
  const u = options.defaultUncertainty;
  if (u && !(u.low <= 0 && u.high >= 0 && u.low > -100)) {
    throw new RangeError(`uncertainty must be LOW ≤ 0 ≤ HIGH with LOW > -100 (got ${u.low},${u.high})`);
  }
  return { iterations, seed, bins, sensitivityTop };
}

/** The estimate of each network task (null = certain), in network order. */
export function resolveEstimates(
  net: SimulationNetwork,
  indexOf: ReadonlyMap<string, number>,
  options: SimulationOptions,
): (ThreePointEstimate | null)[] {
  const out: (ThreePointEstimate | null)[] = new Array(net.size).fill(null);
  const u = options.defaultUncertainty;
  if (u) {
    for (let i = 0; i < net.size; i += 1) {
      const d = net.duration[i];
      out[i] = {
        min: d * (1 + u.low / 100),
        mostLikely: d,
        max: d * (1 + u.high / 100),
        distribution: 'triangular',
      };
    }
  }
  for (const [id, estimate] of options.estimates ?? []) {
    const i = indexOf.get(id);
    if (i === undefined) continue;
    if (!(estimate.min >= 0 && estimate.min <= estimate.mostLikely && estimate.mostLikely <= estimate.max)) {
      throw new RangeError(`task ${id}: the estimate must satisfy 0 ≤ min ≤ most likely ≤ max`);
    }
    out[i] = estimate;
  }
  return out;
}

import { compileCalendars } from '../calendar/compile-calendars';
import { schedule } from '../cpm/schedule';
import type { ProjectInput } from '../model/project.types';
import type { DateTime } from '../model/time';
import { mulberry32 } from '../random/prng';
import { BetaQuantileTable, normalCdf, pertShape, triangularQuantile } from './distributions';
import type {
  Percentiles,
  SimulationOptions,
  SimulationResult,
  ThreePointEstimate,
} from './simulation.types';
import { resolveEstimates, validateOptions } from './simulation-inputs';
import { buildSimulationNetwork, LINK_FF, LINK_FS, LINK_SS } from './simulation-network';
import { histogram, percentiles } from './simulation-stats';

/** Float tolerance (working minutes) under which a task counts as critical in an iteration. */
const CRITICAL_EPSILON = 1e-6;

/**
 * Monte Carlo schedule risk analysis: samples every uncertain duration and risk event, reschedules
 * the leaf network by CPM, and reports the finish and cost distributions, the probability of
 * meeting the deadline, each task's criticality index and the duration sensitivities.
 *
 * Results are anchored to the engine's deterministic schedule: an iteration's finish is the
 * deterministic finish moved by the iteration's change in working minutes on the project calendar,
 * so an estimate whose three points are equal reproduces the CPM finish exactly. Seeded and
 * reproducible: the same project, options and seed give the same result.
 */
export function simulateSchedule(project: ProjectInput, options: SimulationOptions = {}): SimulationResult {
  const { iterations, seed, bins, sensitivityTop } = validateOptions(options);
  const calendars = compileCalendars(project.calendars);
  const calendar = calendars.get(project.settings.calendarId);
  if (!calendar) throw new RangeError(`the project calendar ${project.settings.calendarId} is not defined`);
  const deterministic = schedule(project, { calendars });
  const deterministicFinishById = new Map(deterministic.tasks.map((t) => [t.id, t.finish]));
  const net = buildSimulationNetwork(project, deterministic, calendar);
  const n = net.size;
  const indexOf = new Map(net.ids.map((id, i) => [id, i]));
  const estimates = resolveEstimates(net, indexOf, options);

  // per-task sampling plan
  const lo = new Float64Array(n);
  const mode = new Float64Array(n);
  const hi = new Float64Array(n);
  const pertTable: (BetaQuantileTable | null)[] = new Array(n).fill(null);
  const uncertain = new Uint8Array(n);
  const tables = new Map<string, BetaQuantileTable>();
  estimates.forEach((estimate: ThreePointEstimate | null, i) => {
    if (!estimate || net.done[i] >= 1 || estimate.max <= estimate.min) return;
    uncertain[i] = 1;
    lo[i] = estimate.min;
    mode[i] = estimate.mostLikely;
    hi[i] = estimate.max;
    if (estimate.distribution === 'pert') {
      const { alpha, beta } = pertShape(estimate.min, estimate.mostLikely, estimate.max);
      const key = `${alpha.toFixed(9)}:${beta.toFixed(9)}`;
      let table = tables.get(key);
      if (!table) {
        table = new BetaQuantileTable(alpha, beta);
        tables.set(key, table);
      }
      pertTable[i] = table;
    }
  });

  // correlation: task → group, and the group's weight on its shared normal
  const group = new Int32Array(n).fill(-1);
  const groupWeight = new Float64Array(options.correlationGroups?.length ?? 0);
  options.correlationGroups?.forEach((g, gi) => {
    groupWeight[gi] = Math.sqrt(g.coefficient);
    for (const id of g.taskIds) {
      const i = indexOf.get(id);
      if (i !== undefined) group[i] = gi;
    }
  });
  const groupNormal = new Float64Array(groupWeight.length);

  const events = (options.riskEvents ?? []).map((event) => ({
    probability: event.probability,
    impacts: event.impacts
      .map((impact) => ({
        task: indexOf.get(impact.taskId) ?? -1,
        delay: impact.delay,
        cost: impact.cost ?? 0,
      }))
      .filter((impact) => impact.task >= 0),
  }));
  const costFixed = new Float64Array(n);
  const costRate = new Float64Array(n);
  const hasCosts = options.costs !== undefined && options.costs.size > 0;
  if (options.costs) {
    for (const [id, model] of options.costs) {
      const i = indexOf.get(id);
      if (i === undefined) continue;
      costFixed[i] = model.fixed;
      costRate[i] = model.perMinute;
    }
  }

  const random = mulberry32(seed).next;
  // risk events draw from their own stream, so adding an event never reshuffles the durations
  const eventRandom = mulberry32(seed ^ 0x5bd1e995).next;
  let spareNormal: number | null = null;
  const normal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    // Box–Muller: two uniforms give two independent standard normals
    const u1 = 1 - random();
    const u2 = random();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spareNormal = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };

  // tracked groups: member indices (leaves under summaries included) and the finish per iteration
  const leafSet = new Set(net.ids);
  const childIds = new Map<string, string[]>();
  for (const task of project.tasks) {
    if (task.parentId === null) continue;
    const list = childIds.get(task.parentId) ?? [];
    list.push(task.id);
    childIds.set(task.parentId, list);
  }
  const membersOf = (id: string, out: number[]): void => {
    const own = leafSet.has(id) ? indexOf.get(id) : undefined;
    if (own !== undefined && !net.isVirtual[own]) out.push(own);
    for (const child of childIds.get(id) ?? []) membersOf(child, out);
  };
  const groups = (options.trackGroups ?? [])
    .map((group) => {
      const members: number[] = [];
      for (const id of group.taskIds) membersOf(id, members);
      return {
        id: group.id,
        members: Int32Array.from(new Set(members)),
        deltas: new Float64Array(iterations),
      };
    })
    .filter((group) => group.members.length > 0);
  const groupBase = new Float64Array(groups.length);

  const d = new Float64Array(n);
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const lf = new Float64Array(n);
  const finishes = new Float64Array(iterations);
  const costs = new Float64Array(hasCosts ? iterations : 0);
  const criticalCount = new Float64Array(n);
  const sumD = new Float64Array(n);
  const sumDD = new Float64Array(n);
  const sumDF = new Float64Array(n);
  const { duration, done, floor, inStart, inPred, inType, inLag, inLagIsPercent } = net;
  const { outStart, outSucc, outType, outLag, outLagIsPercent } = net;

  const forward = (): number => {
    let finish = 0;
    for (let i = 0; i < n; i += 1) {
      let start = floor[i];
      const di = d[i];
      for (let k = inStart[i]; k < inStart[i + 1]; k += 1) {
        const p = inPred[k];
        const lag = inLagIsPercent[k] ? (inLag[k] / 100) * d[p] : inLag[k];
        const type = inType[k];
        const bound =
          type === LINK_FS
            ? ef[p] + lag
            : type === LINK_SS
              ? es[p] + lag
              : type === LINK_FF
                ? ef[p] + lag - di
                : es[p] + lag - di;
        if (bound > start) start = bound;
      }
      es[i] = start;
      ef[i] = start + di;
      if (ef[i] > finish) finish = ef[i];
    }
    return finish;
  };

  d.set(duration);
  const baseFinish = forward();
  const groupFinish = (members: Int32Array): number => {
    let latest = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < members.length; k += 1) if (ef[members[k]] > latest) latest = ef[members[k]];
    return latest;
  };
  for (let g = 0; g < groups.length; g += 1) groupBase[g] = groupFinish(groups[g].members);
  // each group's deterministic finish, the anchor of its dates as the project finish is of the finish's
  const groupAnchor = groups.map((group) => {
    let latest = Number.NEGATIVE_INFINITY;
    for (const member of group.members) {
      const t = deterministicFinishById.get(net.ids[member]) ?? Number.NEGATIVE_INFINITY;
      if (t > latest) latest = t;
    }
    return latest as DateTime;
  });

  for (let it = 0; it < iterations; it += 1) {
    for (let g = 0; g < groupNormal.length; g += 1) groupNormal[g] = normal();
    let iterationCost = 0;
    for (let i = 0; i < n; i += 1) {
      if (!uncertain[i]) {
        d[i] = duration[i];
      } else {
        let u: number;
        const gi = group[i];
        if (gi >= 0) {
          const w = groupWeight[gi];
          u = normalCdf(w * groupNormal[gi] + Math.sqrt(1 - w * w) * normal());
        } else {
          u = random();
        }
        const table = pertTable[i];
        const sample = table
          ? lo[i] + (hi[i] - lo[i]) * table.quantile(u)
          : triangularQuantile(u, lo[i], mode[i], hi[i]);
        // only the remaining part of a task in progress is uncertain
        d[i] = duration[i] * done[i] + sample * (1 - done[i]);
      }
    }
    for (const event of events) {
      if (eventRandom() >= event.probability) continue;
      for (const impact of event.impacts) {
        // an opportunity (negative delay) can shorten a task, never below nothing
        d[impact.task] = Math.max(0, d[impact.task] + impact.delay);
        iterationCost += impact.cost;
      }
    }
    const finish = forward();
    finishes[it] = finish - baseFinish;
    for (let g = 0; g < groups.length; g += 1)
      groups[g].deltas[it] = groupFinish(groups[g].members) - groupBase[g];
    // backward pass: late finishes against this iteration's finish, for the criticality index
    for (let i = n - 1; i >= 0; i -= 1) {
      let late = finish;
      const di = d[i];
      for (let k = outStart[i]; k < outStart[i + 1]; k += 1) {
        const s = outSucc[k];
        const lag = outLagIsPercent[k] ? (outLag[k] / 100) * di : outLag[k];
        const type = outType[k];
        const lsS = lf[s] - d[s];
        const bound =
          type === LINK_FS
            ? lsS - lag
            : type === LINK_SS
              ? lsS - lag + di
              : type === LINK_FF
                ? lf[s] - lag
                : lf[s] - lag + di;
        if (bound < late) late = bound;
      }
      lf[i] = late;
      if (late - ef[i] <= CRITICAL_EPSILON) criticalCount[i] += 1;
      sumD[i] += d[i];
      sumDD[i] += d[i] * d[i];
      sumDF[i] += d[i] * finishes[it];
      if (hasCosts) iterationCost += costFixed[i] + costRate[i] * d[i];
    }
    if (hasCosts) costs[it] = iterationCost;
  }

  const shift = (anchor: DateTime, delta: number): DateTime => {
    const minutes = Math.round(delta);
    if (minutes === 0) return anchor;
    return minutes > 0 ? calendar.addWorking(anchor, minutes) : calendar.subtractWorking(anchor, -minutes);
  };
  const toDate = (delta: number): DateTime => shift(deterministic.finish, delta);
  const datesOf = (stats: Percentiles, anchor: DateTime): Percentiles => ({
    p10: shift(anchor, stats.p10),
    p50: shift(anchor, stats.p50),
    p80: shift(anchor, stats.p80),
    p90: shift(anchor, stats.p90),
    mean: shift(anchor, stats.mean),
    min: shift(anchor, stats.min),
    max: shift(anchor, stats.max),
  });
  const finish = datesOf(percentiles(finishes), deterministic.finish);
  const groupResults = new Map<string, Percentiles>();
  groups.forEach((group, g) => {
    groupResults.set(group.id, datesOf(percentiles(group.deltas), groupAnchor[g]));
  });
  const finishHistogram = histogram(finishes, bins).map((bin) => ({
    ...bin,
    from: toDate(bin.from),
    to: toDate(bin.to),
  }));

  const criticality = new Map<string, number>();
  const sensitivity: { taskId: string; correlation: number }[] = [];
  let sumF = 0;
  let sumFF = 0;
  for (let it = 0; it < iterations; it += 1) {
    sumF += finishes[it];
    sumFF += finishes[it] * finishes[it];
  }
  const varF = sumFF / iterations - (sumF / iterations) ** 2;
  for (let i = 0; i < n; i += 1) {
    if (net.isVirtual[i]) continue;
    criticality.set(net.ids[i], criticalCount[i] / iterations);
    const meanD = sumD[i] / iterations;
    const varD = sumDD[i] / iterations - meanD * meanD;
    // a task that never varies (or a finish that never varies) has no sensitivity
    if (varD <= 1e-9 * (1 + meanD * meanD) || varF <= 0) continue;
    const cov = sumDF[i] / iterations - meanD * (sumF / iterations);
    sensitivity.push({ taskId: net.ids[i], correlation: cov / Math.sqrt(varD * varF) });
  }
  sensitivity.sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));

  let deadlineProbability: number | null = null;
  if (options.deadline != null) {
    let met = 0;
    for (let it = 0; it < iterations; it += 1) if (toDate(finishes[it]) <= options.deadline) met += 1;
    deadlineProbability = met / iterations;
  }

  return {
    iterations,
    seed,
    deterministicFinish: deterministic.finish,
    finish,
    finishHistogram,
    cost: hasCosts ? percentiles(costs) : null,
    costHistogram: hasCosts ? histogram(costs, bins) : [],
    deadlineProbability,
    criticality,
    sensitivity: sensitivity.slice(0, sensitivityTop),
    groups: groupResults,
    finishDeltas: finishes,
  };
}

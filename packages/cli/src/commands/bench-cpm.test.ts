import { describe, expect, it } from 'vitest';
import { runBenchCpm } from './bench-cpm';

describe('tandem bench cpm', () => {
  it('reports the generated project, timings and memory', () => {
    const report = runBenchCpm({ tasks: 400, seed: 2, runs: 3, edits: 5 });
    expect(report.tasks).toBe(400);
    expect(report.links / report.tasks).toBeGreaterThan(1.2);
    expect(report.summaries).toBeGreaterThan(0);
    expect(report.scheduleMinMs).toBeGreaterThan(0);
    expect(report.scheduleMedianMs).toBeGreaterThanOrEqual(report.scheduleMinMs);
    expect(report.edits).toBe(5);
    expect(report.editMaxMs).toBeGreaterThanOrEqual(report.editMedianMs);
    expect(report.projectFinish > report.projectStart).toBe(true);
    expect(report.peakRssMiB).toBeGreaterThan(0);
  });
});

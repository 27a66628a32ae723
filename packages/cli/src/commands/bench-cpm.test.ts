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
    expect(report.editTasks).toBe(400);
    expect(report.editCpuP95Ms).toBeGreaterThanOrEqual(0);
    expect(report.editResultP95Ms).toBeGreaterThanOrEqual(report.editResultMedianMs);
    expect(report.editResultMedianMs).toBeGreaterThan(0);
    expect(report.projectFinish > report.projectStart).toBe(true);
    expect(report.peakRssMiB).toBeGreaterThan(0);
  });

  it('times the edits on a project of their own size when asked', () => {
    const report = runBenchCpm({ tasks: 300, seed: 2, runs: 1, edits: 3, editTasks: 120 });
    expect(report.tasks).toBe(300);
    expect(report.editTasks).toBe(120);
    expect(report.edits).toBe(3);
  });
});

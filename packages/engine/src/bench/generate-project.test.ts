import { describe, expect, it } from 'vitest';
import { schedule } from '../cpm/schedule';
import { generateProject } from './generate-project';

describe('generateProject', () => {
  it('gives the same project for the same seed and another for another seed', () => {
    const a = generateProject({ tasks: 500, seed: 3 });
    expect(generateProject({ tasks: 500, seed: 3 })).toEqual(a);
    expect(generateProject({ tasks: 500, seed: 4 }).links).not.toEqual(a.links);
  });

  it('builds summary groups with about 1.5 links per task, and schedules without a cycle', () => {
    const p = generateProject({ tasks: 5000, seed: 1 });
    expect(p.tasks).toHaveLength(5000);
    const ratio = p.links.length / p.tasks.length;
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(1.7);
    const parents = new Set(p.tasks.map((t) => t.parentId).filter((id) => id !== null));
    expect(parents.size).toBeGreaterThan(5000 / 40);
    const types = new Set(p.links.map((l) => l.type));
    expect([...types].sort()).toEqual(['FF', 'FS', 'SS']);
    expect(p.tasks.some((t) => t.milestone)).toBe(true);
    expect(p.calendars[0].exceptions.length).toBeGreaterThan(100);
    const result = schedule(p);
    expect(result.finish).toBeGreaterThan(result.start);
    expect(result.criticalPath.length).toBeGreaterThan(0);
  });

  it('rejects a task count that is not a positive integer', () => {
    expect(() => generateProject({ tasks: 0, seed: 1 })).toThrow(/positive integer/);
  });
});

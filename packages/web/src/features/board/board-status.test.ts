import { describe, expect, it } from 'vitest';
import { groupByStatus, percentForStatus, statusOf } from './board-status';

describe('board status', () => {
  it('reads the status from percent complete', () => {
    expect(statusOf(0)).toBe('not-started');
    expect(statusOf(0.5)).toBe('in-progress');
    expect(statusOf(99.9)).toBe('in-progress');
    expect(statusOf(100)).toBe('complete');
  });
  it('sets the percent a drop on a column means', () => {
    expect(percentForStatus('complete', 30)).toBe(100);
    expect(percentForStatus('not-started', 100)).toBe(0);
    expect(percentForStatus('in-progress', 0)).toBe(50);
    expect(percentForStatus('in-progress', 100)).toBe(50);
  });
  it('writes nothing when the task already has the status', () => {
    expect(percentForStatus('in-progress', 30)).toBeNull();
    expect(percentForStatus('not-started', 0)).toBeNull();
  });
  it('groups leaf tasks in outline order and leaves summaries out', () => {
    const groups = groupByStatus([
      { id: 's', summary: true, percentComplete: 40 },
      { id: 'a', summary: false, percentComplete: 0 },
      { id: 'b', summary: false, percentComplete: 100 },
      { id: 'c', summary: false, percentComplete: 40 },
      { id: 'd', summary: false, percentComplete: 0 },
    ]);
    expect(groups['not-started'].map((t) => t.id)).toEqual(['a', 'd']);
    expect(groups['in-progress'].map((t) => t.id)).toEqual(['c']);
    expect(groups.complete.map((t) => t.id)).toEqual(['b']);
  });
});

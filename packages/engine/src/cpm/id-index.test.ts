import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index';

describe('IdIndex', () => {
  it('finds every id and nothing else', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `task-${i * 7}`);
    const index = new IdIndex(ids, () => {
      throw new Error('no duplicates here');
    });
    expect(ids.map((id) => index.indexOf(id))).toEqual(ids.map((_, i) => i));
    expect(index.indexOf('task-1')).toBe(-1);
    expect(index.indexOf('')).toBe(-1);
  });

  it('reports a duplicate id and keeps the first', () => {
    const duplicates: number[] = [];
    const index = new IdIndex(['a', 'b', 'a'], (i) => duplicates.push(i));
    expect(duplicates).toEqual([2]);
    expect(index.indexOf('a')).toBe(0);
  });
});

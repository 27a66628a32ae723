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

  it('finds ids near a guess, far from it, or out of range, and copies of the strings too', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `T${i}`);
    const index = new IdIndex(ids, () => {
      throw new Error('no duplicates here');
    });
    for (const guess of [-5, -1, 0, 41, 42, 43, 150, 299, 300, 1000]) {
      expect(index.indexNear('T42', guess)).toBe(42);
      // A string equal in content but built separately, as a file reader makes them.
      expect(index.indexNear(['T', '4', '2'].join(''), guess)).toBe(42);
      expect(index.indexNear('T300', guess)).toBe(-1);
    }
    expect(index.indexNear('T0', -1)).toBe(0);
    expect(index.indexNear('T299', 299)).toBe(299);
  });
});

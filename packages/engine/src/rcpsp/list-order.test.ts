import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/prng';
import { ListSorter, shuffleTiedRuns } from './list-order';

describe('ListSorter', () => {
  it('sorts by key and keeps the list order (or its reverse) among equal keys', () => {
    const sorter = new ListSorter(4, 5);
    sorter.keys.set([3, 1, 3, 0]);
    const out = new Int32Array(4);
    sorter.sort(Int32Array.from([0, 1, 2, 3]), false, 3, out);
    expect([...out]).toEqual([3, 1, 0, 2]);
    sorter.sort(Int32Array.from([0, 1, 2, 3]), true, 3, out);
    expect([...out]).toEqual([3, 1, 2, 0]);
  });
});

describe('shuffleTiedRuns', () => {
  // Activities 1, 2, 3 start at period 2 (positive durations); 4 and 5 at period 6, 5 of zero duration.
  const keys = Int32Array.from([0, 2, 2, 2, 6, 6]);
  const durations = Int32Array.from([0, 3, 1, 2, 4, 0]);

  it('reorders activities of positive duration tied at one time, and only within their run', () => {
    const rng = mulberry32(11);
    const seen = new Set<string>();
    for (let draw = 0; draw < 200; draw++) {
      const list = Int32Array.from([0, 1, 2, 3, 4, 5]);
      shuffleTiedRuns(list, keys, durations, () => rng.next());
      expect(list[0]).toBe(0);
      expect([...list.subarray(1, 4)].sort()).toEqual([1, 2, 3]);
      seen.add(list.subarray(1, 4).join(','));
      // The run holding zero-duration activity 5 keeps its order: 5 may be linked to 4.
      expect([...list.subarray(4)]).toEqual([4, 5]);
    }
    // All 3! orders of the tied run come up.
    expect(seen.size).toBe(6);
  });

  it('leaves a list without ties unchanged', () => {
    const list = Int32Array.from([2, 0, 1]);
    shuffleTiedRuns(list, Int32Array.from([1, 2, 0]), Int32Array.from([1, 1, 1]), () => 0.99);
    expect([...list]).toEqual([2, 0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { sameIds } from './use-stable-ids';

describe('sameIds', () => {
  const items = (...ids: string[]) => ids.map((id) => ({ id, name: `task ${id}` }));

  it('holds for the same ids in the same order, whatever else the items carry', () => {
    expect(sameIds(['a', 'b', 'c'], items('a', 'b', 'c'))).toBe(true);
    expect(sameIds([], [])).toBe(true);
  });

  it('fails on another order, an id added or removed, or another id', () => {
    expect(sameIds(['a', 'b', 'c'], items('a', 'c', 'b'))).toBe(false);
    expect(sameIds(['a', 'b'], items('a', 'b', 'c'))).toBe(false);
    expect(sameIds(['a', 'b', 'c'], items('a', 'b'))).toBe(false);
    expect(sameIds(['a', 'b', 'c'], items('a', 'x', 'c'))).toBe(false);
  });
});

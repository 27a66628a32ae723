import type { Feature } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { featureOutline } from './feature-hierarchy';

function feature(id: string, parentId: string | null): Feature {
  return { id, parentId } as Feature;
}

describe('featureOutline', () => {
  it('places children under their initiative, keeping sibling order', () => {
    const rows = featureOutline([
      feature('f1', 'i1'),
      feature('i1', null),
      feature('f2', 'i1'),
      feature('x', null),
    ]);
    expect(rows.map((row) => `${row.feature.id}:${row.depth}`)).toEqual(['i1:0', 'f1:1', 'f2:1', 'x:0']);
  });

  it('shows an item whose parent is missing at the top level', () => {
    expect(featureOutline([feature('f1', 'gone')]).map((row) => row.depth)).toEqual([0]);
  });

  it('shows each item of a parent loop once instead of hanging', () => {
    const rows = featureOutline([feature('a', 'b'), feature('b', 'a')]);
    expect(rows.map((row) => row.feature.id).sort()).toEqual(['a', 'b']);
  });
});

import type { Feature } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { goalIdsWith, linkableFeatureGroups, linkedFeatures } from './goal-links';

const feature = (id: string, kind: Feature['kind'], status: Feature['status'] = 'new') =>
  ({ id, kind, status, title: `T ${id}`, goalIds: [] }) as unknown as Feature;

describe('goalIdsWith', () => {
  it('adds the goal once and keeps the others', () => {
    expect(goalIdsWith(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(goalIdsWith(['a', 'c'], 'c', true)).toEqual(['a', 'c']);
  });

  it('removes only that goal', () => {
    expect(goalIdsWith(['a', 'c', 'b'], 'c', false)).toEqual(['a', 'b']);
    expect(goalIdsWith(['a'], 'c', false)).toEqual(['a']);
  });
});

describe('linkedFeatures', () => {
  it('follows the objective’s order and skips features not loaded', () => {
    const features = [feature('1', 'feature'), feature('2', 'idea')];
    expect(linkedFeatures({ featureIds: ['2', 'gone', '1'] }, features).map((f) => f.id)).toEqual(['2', '1']);
  });
});

describe('linkableFeatureGroups', () => {
  it('groups unlinked, unrejected features with initiatives first', () => {
    const features = [
      feature('i1', 'idea'),
      feature('f1', 'feature'),
      feature('n1', 'initiative'),
      feature('f2', 'feature', 'rejected'),
      feature('f3', 'feature'),
    ];
    expect(linkableFeatureGroups({ featureIds: ['f3'] }, features)).toEqual([
      { group: 'Initiatives', items: [{ value: 'n1', label: 'T n1' }] },
      { group: 'Features', items: [{ value: 'f1', label: 'T f1' }] },
      { group: 'Ideas', items: [{ value: 'i1', label: 'T i1' }] },
    ]);
  });

  it('is empty when everything is linked', () => {
    expect(linkableFeatureGroups({ featureIds: ['f1'] }, [feature('f1', 'feature')])).toEqual([]);
  });
});

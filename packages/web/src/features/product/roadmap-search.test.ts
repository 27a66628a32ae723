import { describe, expect, it } from 'vitest';
import { validateRoadmapSearch } from './roadmap-search';

describe('validateRoadmapSearch', () => {
  it('keeps a known tab, lane grouping and scale', () => {
    expect(validateRoadmapSearch({ view: 'timeline', lanes: 'goal', scale: 'quarter' })).toEqual({
      view: 'timeline',
      lanes: 'goal',
      scale: 'quarter',
    });
  });

  it('drops unknown values instead of failing the page', () => {
    expect(validateRoadmapSearch({ view: 'gantt', lanes: 'colour', scale: 'week', other: 1 })).toEqual({});
    expect(validateRoadmapSearch({ lanes: 42 })).toEqual({});
  });
});

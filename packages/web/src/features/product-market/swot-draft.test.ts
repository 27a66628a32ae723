import { describe, expect, it } from 'vitest';
import {
  addPoint,
  isSwotChanged,
  mergeSwot,
  movePoint,
  removePoint,
  replacePoint,
  type SwotPoints,
  tidySwot,
} from './swot-draft';

const empty: SwotPoints = { strengths: [], weaknesses: [], opportunities: [], threats: [] };

describe('editing a SWOT', () => {
  it('adds trimmed points and ignores blank or repeated ones', () => {
    const once = addPoint(empty, 'strengths', '  Strong brand ');
    expect(once.strengths).toEqual(['Strong brand']);
    expect(addPoint(once, 'strengths', 'Strong brand')).toBe(once);
    expect(addPoint(once, 'threats', '   ')).toBe(once);
  });

  it('removes and reorders points within one list', () => {
    const draft = { ...empty, threats: ['A', 'B', 'C'] };
    expect(removePoint(draft, 'threats', 1).threats).toEqual(['A', 'C']);
    expect(movePoint(draft, 'threats', 2, -1).threats).toEqual(['A', 'C', 'B']);
    expect(movePoint(draft, 'threats', 0, -1)).toBe(draft);
  });

  it('sees a change in content or order, and none in an untouched copy', () => {
    const saved = { ...empty, strengths: ['A', 'B'] };
    expect(isSwotChanged(saved, { ...saved })).toBe(false);
    expect(isSwotChanged(saved, { ...saved, strengths: ['B', 'A'] })).toBe(true);
    expect(isSwotChanged(saved, addPoint(saved, 'weaknesses', 'Slow'))).toBe(true);
  });

  it('merges a refused save onto what someone else saved meanwhile', () => {
    const base = { ...empty, strengths: ['Brand', 'Price'], threats: ['New entrant'] };
    const mine = { ...empty, strengths: ['Brand', 'Support'], threats: ['New entrant'] };
    const theirs = { ...empty, strengths: ['Brand', 'Price', 'Speed'], threats: [], opportunities: ['EU'] };
    expect(mergeSwot(base, mine, theirs)).toEqual({
      strengths: ['Brand', 'Speed', 'Support'],
      weaknesses: [],
      opportunities: ['EU'],
      threats: [],
    });
  });

  it('does not repeat a point both sides added', () => {
    const mine = { ...empty, weaknesses: ['Docs'] };
    const theirs = { ...empty, weaknesses: ['Docs'] };
    expect(mergeSwot(empty, mine, theirs).weaknesses).toEqual(['Docs']);
  });

  it('saves edited points trimmed, without blanks or repeats', () => {
    const draft = replacePoint({ ...empty, opportunities: ['EU', 'Asia', 'EU '] }, 'opportunities', 1, '   ');
    expect(draft.opportunities).toEqual(['EU', '   ', 'EU ']);
    expect(tidySwot(draft).opportunities).toEqual(['EU']);
  });
});

import { describe, expect, it } from 'vitest';
import { stakeholderQuadrant } from './stakeholder-quadrant';

describe('stakeholderQuadrant', () => {
  it('places each corner of the power/interest grid', () => {
    expect(stakeholderQuadrant(5, 5)).toBe('manage-closely');
    expect(stakeholderQuadrant(5, 1)).toBe('keep-satisfied');
    expect(stakeholderQuadrant(1, 5)).toBe('keep-informed');
    expect(stakeholderQuadrant(1, 1)).toBe('monitor');
  });

  it('counts the middle of the scale as high', () => {
    expect(stakeholderQuadrant(3, 3)).toBe('manage-closely');
    expect(stakeholderQuadrant(2, 3)).toBe('keep-informed');
    expect(stakeholderQuadrant(3, 2)).toBe('keep-satisfied');
  });
});

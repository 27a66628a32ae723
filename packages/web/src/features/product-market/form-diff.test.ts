import { describe, expect, it } from 'vitest';
import { changedFields, changedLabels, listInWords } from './form-diff';

describe('what an edit changed', () => {
  const before = { name: 'Ada', power: 3, strengths: ['Fast', 'Cheap'], productId: null as string | null };

  it('keeps only the fields whose value differs', () => {
    expect(changedFields(before, { ...before, power: 5 })).toEqual({ power: 5 });
    expect(changedFields(before, { ...before })).toEqual({});
  });

  it('compares lists by their items, in order', () => {
    expect(changedFields(before, { ...before, strengths: ['Fast', 'Cheap'] })).toEqual({});
    expect(changedFields(before, { ...before, strengths: ['Cheap', 'Fast'] })).toEqual({
      strengths: ['Cheap', 'Fast'],
    });
  });

  it('sees a value cleared to null', () => {
    expect(changedFields({ ...before, productId: 'p' }, before)).toEqual({ productId: null });
  });

  it('names the changed fields in words', () => {
    const labels = { name: 'name', power: 'power', strengths: 'strengths' };
    const after = { ...before, power: 1, strengths: [] };
    expect(listInWords(changedLabels(before, after, labels))).toBe('power and strengths');
    expect(listInWords(['role', 'power', 'interest'])).toBe('role, power and interest');
    expect(listInWords([])).toBe('');
  });
});

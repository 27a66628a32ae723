import { describe, expect, it } from 'vitest';
import { STANDARD_SCALE } from '../../lib/format';
import { diffPredecessors, formatPredecessors, parsePredecessors } from './predecessor-notation';

const rows = ['t1', 't2', 't3', 't4', 't5', 't6'];
const parse = (text: string, successor = 't6') => parsePredecessors(text, successor, rows, STANDARD_SCALE);

describe('parsePredecessors', () => {
  it('reads row numbers with types and lags in working time', () => {
    expect(parse('3FS+2d, 4SS-1d,5FF')).toEqual({
      ok: true,
      entries: [
        { predecessorId: 't3', type: 'FS', lag: 960, lagUnit: 'd' },
        { predecessorId: 't4', type: 'SS', lag: -480, lagUnit: 'd' },
        { predecessorId: 't5', type: 'FF', lag: 0, lagUnit: 'd' },
      ],
    });
  });
  it('defaults to finish-to-start without lag and accepts lower case, spaces and semicolons', () => {
    expect(parse('1; 2sf + 3h')).toEqual({
      ok: true,
      entries: [
        { predecessorId: 't1', type: 'FS', lag: 0, lagUnit: 'd' },
        { predecessorId: 't2', type: 'SF', lag: 180, lagUnit: 'h' },
      ],
    });
  });
  it('reads an empty cell as no predecessors', () => {
    expect(parse('  ')).toEqual({ ok: true, entries: [] });
    expect(parse('2,')).toEqual({
      ok: true,
      entries: [{ predecessorId: 't2', type: 'FS', lag: 0, lagUnit: 'd' }],
    });
  });
  it('names an unknown row', () => {
    expect(parse('7FS')).toEqual({ ok: false, error: 'Row 7 does not exist (in “7FS”)' });
    expect(parse('0')).toMatchObject({ ok: false, error: expect.stringContaining('Row 0 does not exist') });
  });
  it('refuses a task linked to itself', () => {
    expect(parse('2, 3', 't3')).toEqual({ ok: false, error: 'A task cannot be its own predecessor (row 3)' });
  });
  it('refuses the same predecessor twice', () => {
    expect(parse('2FS, 2SS')).toEqual({ ok: false, error: 'Row 2 is listed twice' });
  });
  it('reads percent lags of the predecessor duration and elapsed lags', () => {
    expect(parse('6SF+50%', 't1')).toEqual({
      ok: true,
      entries: [{ predecessorId: 't6', type: 'SF', lag: 50, lagUnit: '%' }],
    });
    expect(parse('2FS-25e%')).toEqual({
      ok: true,
      entries: [{ predecessorId: 't2', type: 'FS', lag: -25, lagUnit: 'e%' }],
    });
    expect(parse('3FS+2ed')).toEqual({
      ok: true,
      entries: [{ predecessorId: 't3', type: 'FS', lag: 2880, lagUnit: 'ed' }],
    });
  });
  it('explains a bad lag and a bad type', () => {
    expect(parse('3FS+2x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Bad lag in “3FS+2x”'),
    });
    expect(parse('3FS+')).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a predecessor'),
    });
    expect(parse('3FS+1.5%')).toMatchObject({
      ok: false,
      error: expect.stringContaining('whole number such as 50%'),
    });
    expect(parse('3XY')).toMatchObject({
      ok: false,
      error: expect.stringContaining('“3XY” is not a predecessor'),
    });
  });
});

describe('formatPredecessors', () => {
  const rowOf = new Map(rows.map((id, index) => [id, index + 1]));
  it('writes MS Project notation ordered by row, leaving FS without lag bare', () => {
    const text = formatPredecessors(
      [
        { predecessorId: 't4', type: 'SS', lag: -480, lagUnit: 'd' },
        { predecessorId: 't3', type: 'FS', lag: 960, lagUnit: 'd' },
        { predecessorId: 't1', type: 'FS', lag: 0, lagUnit: 'd' },
        { predecessorId: 't5', type: 'FF', lag: 0, lagUnit: 'd' },
        { predecessorId: 't2', type: 'SF', lag: 90, lagUnit: 'd' },
        { predecessorId: 't6', type: 'FS', lag: 50, lagUnit: '%' },
      ],
      rowOf,
      STANDARD_SCALE,
    );
    expect(text).toBe('1,2SF+90m,3FS+2d,4SS-1d,5FF,6FS+50%');
  });
  it('round-trips through the parser', () => {
    const links = [
      { predecessorId: 't2', type: 'SS' as const, lag: 120, lagUnit: 'h' as const },
      { predecessorId: 't4', type: 'FF' as const, lag: 4320, lagUnit: 'ed' as const },
      { predecessorId: 't5', type: 'FS' as const, lag: -960, lagUnit: 'd' as const },
    ];
    const parsed = parse(formatPredecessors(links, rowOf, STANDARD_SCALE));
    expect(parsed).toEqual({ ok: true, entries: links });
  });
});

describe('diffPredecessors', () => {
  it('creates new, updates changed and removes dropped links', () => {
    const current = [
      { id: 'a', predecessorId: 't1', type: 'FS' as const, lag: 0, lagUnit: 'd' as const },
      { id: 'b', predecessorId: 't2', type: 'FS' as const, lag: 0, lagUnit: 'd' as const },
      { id: 'c', predecessorId: 't3', type: 'SS' as const, lag: 0, lagUnit: 'd' as const },
    ];
    const changes = diffPredecessors(current, [
      { predecessorId: 't1', type: 'FS', lag: 0, lagUnit: 'h' },
      { predecessorId: 't2', type: 'FS', lag: 480, lagUnit: 'd' },
      { predecessorId: 't4', type: 'FF', lag: 0, lagUnit: 'd' },
    ]);
    expect(changes.create).toEqual([{ predecessorId: 't4', type: 'FF', lag: 0, lagUnit: 'd' }]);
    // a zero lag's unit does not matter: t1 is unchanged
    expect(changes.update).toEqual([{ link: current[1], type: 'FS', lag: 480, lagUnit: 'd' }]);
    expect(changes.remove).toEqual([current[2]]);
  });
});

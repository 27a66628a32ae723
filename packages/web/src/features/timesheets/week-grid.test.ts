import { describe, expect, it } from 'vitest';
import {
  formatHours,
  type GridState,
  gridKeyDown,
  INITIAL_GRID,
  mondayOf,
  parseHours,
  weekDays,
} from './week-grid';

const size = { rows: 2, cols: 7 };
const free = { current: '', locked: false };
const at = (row: number, col: number, editing = false, draft = ''): GridState => ({
  row,
  col,
  editing,
  draft,
});

describe('the timesheet week', () => {
  it('starts weeks on Monday and lists seven days across month ends', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(weekDays('2026-03-30')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });

  it('reads hours typed in the usual ways as minutes', () => {
    expect(parseHours('8')).toEqual({ minutes: 480 });
    expect(parseHours('7.5')).toEqual({ minutes: 450 });
    expect(parseHours('7,5')).toEqual({ minutes: 450 });
    expect(parseHours('7:30')).toEqual({ minutes: 450 });
    expect(parseHours('7h30')).toEqual({ minutes: 450 });
    expect(parseHours('45m')).toEqual({ minutes: 45 });
    expect(parseHours('  ')).toEqual({ minutes: 0 });
  });

  it('refuses text that is not hours, with the reason', () => {
    expect(parseHours('abc')).toEqual({ error: '"abc" is not a number of hours (try 7.5 or 7:30)' });
    expect(parseHours('25')).toEqual({ error: '"25" is more than the 24 hours of a day' });
    expect(parseHours('7:75')).toEqual({ error: '"7:75": minutes must be under 60' });
  });

  it('prints minutes as short hours', () => {
    expect(formatHours(480)).toBe('8');
    expect(formatHours(450)).toBe('7.5');
    expect(formatHours(440)).toBe('7:20');
    expect(formatHours(0)).toBe('');
  });
});

describe('the week grid keyboard', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(gridKeyDown(INITIAL_GRID, { key: 'ArrowRight' }, size, free).state).toEqual(at(0, 1));
    expect(gridKeyDown(INITIAL_GRID, { key: 'ArrowLeft' }, size, free).state).toEqual(at(0, 0));
    expect(gridKeyDown(at(1, 3), { key: 'ArrowDown' }, size, free).state).toEqual(at(1, 3));
    expect(gridKeyDown(at(1, 3), { key: 'ArrowUp' }, size, free).state).toEqual(at(0, 3));
    expect(gridKeyDown(at(1, 3), { key: 'End' }, size, free).state).toEqual(at(1, 6));
  });

  it('tabs along the row onto the next one, and lets Tab leave the grid at its end', () => {
    expect(gridKeyDown(at(0, 6), { key: 'Tab' }, size, free).state).toEqual(at(1, 0));
    expect(gridKeyDown(at(1, 0), { key: 'Tab', shiftKey: true }, size, free).state).toEqual(at(0, 6));
    expect(gridKeyDown(at(1, 6), { key: 'Tab' }, size, free).handled).toBe(false);
  });

  it('starts editing when a digit is typed and commits it with Enter, moving down', () => {
    const typed = gridKeyDown(at(0, 2), { key: '7' }, size, free);
    expect(typed).toEqual({ state: at(0, 2, true, '7'), commit: null, handled: true });
    const entered = gridKeyDown({ ...typed.state, draft: '7.5' }, { key: 'Enter' }, size, free);
    expect(entered.commit).toEqual({ row: 0, col: 2, text: '7.5' });
    expect(entered.state).toEqual(at(1, 2));
  });

  it('commits with Tab and moves right; Escape throws the edit away', () => {
    const tabbed = gridKeyDown(at(0, 2, true, '4'), { key: 'Tab' }, size, free);
    expect(tabbed.commit).toEqual({ row: 0, col: 2, text: '4' });
    expect(tabbed.state).toEqual(at(0, 3));
    const escaped = gridKeyDown(at(0, 2, true, '4'), { key: 'Escape' }, size, free);
    expect(escaped).toEqual({ state: at(0, 2), commit: null, handled: true });
  });

  it('leaves Left and Right to the text while editing', () => {
    expect(gridKeyDown(at(0, 2, true, '45'), { key: 'ArrowLeft' }, size, free).handled).toBe(false);
  });

  it('edits the current value with F2 and clears it with Delete', () => {
    const cell = { current: '8', locked: false };
    expect(gridKeyDown(at(0, 1), { key: 'F2' }, size, cell).state).toEqual(at(0, 1, true, '8'));
    expect(gridKeyDown(at(0, 1), { key: 'Delete' }, size, cell).commit).toEqual({ row: 0, col: 1, text: '' });
  });

  it('never edits a locked cell (submitted or approved time)', () => {
    const locked = { current: '8', locked: true };
    expect(gridKeyDown(at(0, 1), { key: '5' }, size, locked).state.editing).toBe(false);
    expect(gridKeyDown(at(0, 1), { key: 'F2' }, size, locked).state.editing).toBe(false);
    expect(gridKeyDown(at(0, 1), { key: 'Delete' }, size, locked).commit).toBeNull();
  });

  it('ignores shortcuts with modifier keys', () => {
    expect(gridKeyDown(at(0, 1), { key: 'c', ctrlKey: true }, size, free).handled).toBe(false);
  });
});

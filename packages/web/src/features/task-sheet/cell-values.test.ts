import { DEFAULT_PROJECT_CALENDAR, type Link, type Task } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { type CellContext, cellWrite, displayText, editText } from './cell-values';

function task(id: string, extra: Partial<Task> = {}): Task {
  return {
    id,
    projectId: 'p',
    parentId: null,
    position: 0,
    outlineLevel: 1,
    wbs: id,
    name: `Task ${id}`,
    duration: 1440,
    durationUnit: 'd',
    start: '2026-03-02T08:00:00',
    finish: '2026-03-04T17:00:00',
    milestone: false,
    summary: false,
    percentComplete: 0,
    constraintType: 'ASAP',
    constraintDate: null,
    deadline: null,
    notes: '',
    priority: 500,
    actualStart: null,
    actualFinish: null,
    actualDuration: null,
    remainingDuration: null,
    critical: false,
    totalSlack: 0,
    freeSlack: 0,
    lateStart: '2026-03-02T08:00:00',
    lateFinish: '2026-03-04T17:00:00',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const link: Link = {
  id: 'l1',
  projectId: 'p',
  predecessorId: 'a',
  successorId: 'b',
  type: 'FS',
  lag: 480,
  lagUnit: 'd',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const context: CellContext = {
  calendar: DEFAULT_PROJECT_CALENDAR,
  rowIds: ['a', 'b', 'c'],
  rowOf: new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]),
  linksInto: new Map([['b', [link]]]),
  resourcesOf: new Map([['b', 'Ada[50%]']]),
};

describe('cell values', () => {
  it('shows the row number, duration, dates, predecessors and progress as the sheet prints them', () => {
    const b = task('b', { percentComplete: 33.4 });
    expect(displayText('row', b, context)).toBe('2');
    expect(displayText('duration', b, context)).toBe('3d');
    expect(displayText('start', b, context)).toBe('Mon 2 Mar 26');
    expect(displayText('predecessors', b, context)).toBe('1FS+1d');
    expect(displayText('resources', b, context)).toBe('Ada[50%]');
    expect(displayText('percent', b, context)).toBe('33%');
    expect(editText('start', b, context)).toBe('2026-03-02');
    expect(editText('name', null, context)).toBe('');
  });
});

describe('cellWrite', () => {
  it('creates a task from a name typed in the blank row, and nothing from other columns there', () => {
    expect(cellWrite('name', null, '  Design ', context)).toEqual({ kind: 'create', name: 'Design' });
    expect(cellWrite('name', null, '   ', context)).toEqual({ kind: 'none' });
    expect(cellWrite('duration', null, '3d', context)).toEqual({ kind: 'none' });
  });
  it('writes nothing when the text is unchanged', () => {
    expect(cellWrite('duration', task('b'), '3d', context)).toEqual({ kind: 'none' });
    expect(cellWrite('predecessors', task('b'), '1FS+1d', context)).toEqual({ kind: 'none' });
  });
  it('turns a duration into minutes and unit, making 0d a milestone', () => {
    expect(cellWrite('duration', task('a'), '2w', context)).toEqual({
      kind: 'update',
      body: { duration: 4800, durationUnit: 'w' },
    });
    expect(cellWrite('duration', task('a'), '0d', context)).toEqual({
      kind: 'update',
      body: { duration: 0, durationUnit: 'd', milestone: true },
    });
    expect(cellWrite('duration', task('a'), 'soon', context)).toMatchObject({ kind: 'error' });
    expect(cellWrite('duration', task('s', { summary: true }), '5d', context)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('summary'),
    });
  });
  it('pins a typed start or finish with a Start/Finish No Earlier Than constraint at working time', () => {
    expect(cellWrite('start', task('a'), '2026-03-09', context)).toEqual({
      kind: 'update',
      body: { constraintType: 'SNET', constraintDate: '2026-03-09T08:00:00' },
    });
    expect(cellWrite('finish', task('a'), '13/3/2026', context)).toEqual({
      kind: 'update',
      body: { constraintType: 'FNET', constraintDate: '2026-03-13T17:00:00' },
    });
  });
  it('turns predecessors into link writes against the current links', () => {
    const write = cellWrite('predecessors', task('b'), '1SS, 3', context);
    expect(write).toEqual({
      kind: 'links',
      changes: {
        create: [{ predecessorId: 'c', type: 'FS', lag: 0, lagUnit: 'd' }],
        update: [{ link, type: 'SS', lag: 0, lagUnit: 'd' }],
        remove: [],
      },
    });
    expect(cellWrite('predecessors', task('b'), '2', context)).toEqual({
      kind: 'error',
      message: 'A task cannot be its own predecessor (row 2)',
    });
  });
  it('checks names and percent complete', () => {
    expect(cellWrite('name', task('a'), '  ', context)).toEqual({
      kind: 'error',
      message: 'A task needs a name',
    });
    expect(cellWrite('percent', task('a'), '50%', context)).toEqual({
      kind: 'update',
      body: { percentComplete: 50 },
    });
    expect(cellWrite('percent', task('a'), '150', context)).toMatchObject({ kind: 'error' });
  });
});

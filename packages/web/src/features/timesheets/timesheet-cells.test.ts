import type { TimesheetEntry } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { cellView, cellWrite, entriesByCell, submittable, timesheetRows } from './timesheet-cells';

function entry(
  id: string,
  minutes: number,
  status: TimesheetEntry['status'],
  date = '2026-03-02',
): TimesheetEntry {
  return { id, taskId: 't1', resourceId: 'r1', date, minutes, status, version: 1 } as TimesheetEntry;
}

describe('timesheet cells', () => {
  it('lists assigned pairs and pairs with time, in outline order, once each', () => {
    const rows = timesheetRows(
      [
        { taskId: 't2', resourceId: 'r1' },
        { taskId: 't1', resourceId: 'r2' },
      ],
      [entry('e', 60, 'draft'), { ...entry('f', 60, 'draft'), taskId: 'gone' }],
      new Map([
        ['t1', 0],
        ['t2', 1],
      ]),
      new Map([
        ['r1', 'Ann'],
        ['r2', 'Bob'],
      ]),
    );
    expect(rows).toEqual([
      { taskId: 't1', resourceId: 'r1' },
      { taskId: 't1', resourceId: 'r2' },
      { taskId: 't2', resourceId: 'r1' },
    ]);
  });

  it('sums a cell and locks it once all its time is submitted or approved', () => {
    expect(cellView(undefined)).toEqual({ minutes: 0, status: null, locked: false });
    expect(cellView([entry('a', 240, 'approved'), entry('b', 60, 'draft')])).toEqual({
      minutes: 300,
      status: 'draft',
      locked: false,
    });
    expect(cellView([entry('a', 480, 'submitted')])).toEqual({
      minutes: 480,
      status: 'submitted',
      locked: true,
    });
  });

  it('creates, updates or deletes the draft behind a cell', () => {
    expect(cellWrite(undefined, 480)).toEqual({ kind: 'create', minutes: 480 });
    expect(cellWrite(undefined, 0)).toEqual({ kind: 'none' });
    const draft = entry('a', 480, 'draft');
    expect(cellWrite([draft], 450)).toEqual({ kind: 'update', entry: draft, minutes: 450 });
    expect(cellWrite([draft], 0)).toEqual({ kind: 'delete', entry: draft });
    expect(cellWrite([draft], 480)).toEqual({ kind: 'none' });
  });

  it('changes only the editable part of a cell and refuses to touch approved time', () => {
    const approved = entry('a', 240, 'approved');
    const draft = entry('b', 60, 'draft');
    expect(cellWrite([approved, draft], 300)).toEqual({ kind: 'none' });
    expect(cellWrite([approved, draft], 360)).toEqual({ kind: 'update', entry: draft, minutes: 120 });
    expect(cellWrite([approved, draft], 120)).toEqual({ kind: 'locked' });
    expect(cellWrite([approved], 300)).toEqual({ kind: 'locked' });
  });

  it('resubmits a rejected entry even with the same hours', () => {
    const rejected = entry('a', 480, 'rejected');
    expect(cellWrite([rejected], 480)).toEqual({ kind: 'update', entry: rejected, minutes: 480 });
  });

  it('groups entries by cell and submits only open time with hours', () => {
    const list = [entry('a', 60, 'draft'), entry('b', 60, 'draft', '2026-03-03'), entry('c', 0, 'draft')];
    expect(
      entriesByCell(list)
        .get('t1|r1|2026-03-02')
        ?.map((e) => e.id),
    ).toEqual(['a', 'c']);
    expect(
      submittable([...list, entry('d', 60, 'submitted'), entry('e', 30, 'rejected')]).map((e) => e.id),
    ).toEqual(['a', 'b', 'e']);
  });
});

import { describe, expect, it } from 'vitest';
import { presentChanges, presentWrite } from './rescheduled-tasks';
import { buildOutline } from './task-outline';
import { taskRow } from './task-row.testkit';

function row(id: string, parent_id: string | null, position: number, duration: number, percent: number) {
  return taskRow({
    id,
    parent_id,
    position,
    name: id,
    duration,
    finish: '2026-01-05T17:00:00',
    percent_complete: percent,
  });
}

// two phases; the first holds a sub-phase, so summaries nest
const outline = buildOutline([
  row('p1', null, 0, 0, 0),
  row('a', 'p1', 0, 480, 100),
  row('s1', 'p1', 1, 0, 0),
  row('b', 's1', 0, 960, 50),
  row('c', 's1', 1, 480, 0),
  row('p2', null, 1, 0, 0),
  row('d', 'p2', 0, 1440, 30),
]);
const indexOf = new Map(outline.map((entry, i) => [entry.task.id, i]));
const db = null as never;

describe('presentChanges', () => {
  it('presents the wanted tasks by index exactly as by walking the whole outline', async () => {
    for (const wanted of [
      ['c', 'p1'],
      ['s1', 'd', 'p2'],
      ['a', 'b', 'p1', 's1', 'p2', 'gone'],
    ]) {
      const walked = await presentChanges(db, 'w', 'p', wanted, { outline });
      const indexed = await presentChanges(db, 'w', 'p', wanted, { outline, indexOf });
      expect(indexed).toEqual(walked);
      expect(indexed.reanalysed).toEqual([]);
    }
  });

  it('rolls up a summary over its own subtree only', async () => {
    const {
      rescheduled: [p1, s1],
    } = await presentChanges(db, 'w', 'p', ['s1', 'p1'], { outline, indexOf });
    // p1: (480·100% + 960·50% + 480·0%) / 1920 = 50 %; s1: 480 / 1440 = 33.3 %
    expect(p1).toMatchObject({ id: 'p1', percentComplete: 50 });
    expect(s1).toMatchObject({ id: 's1', percentComplete: 33.3 });
  });

  it('answers a task whose analysis alone changed by its analysis, unless the write changed it', async () => {
    const analysed = outline.map((entry, i) => ({
      ...entry,
      analysis: {
        critical: i % 2 === 0,
        totalSlack: i * 60,
        freeSlack: 0,
        lateStart: '2026-01-06T08:00:00',
        lateFinish: '2026-01-06T17:00:00',
      },
    }));
    const plan = { outline: analysed, indexOf, reanalysedTaskIds: new Set(['a', 'c', 'd']) };
    const changes = await presentChanges(db, 'w', 'p', ['d', 'b', 'c', 'a'], plan, new Set(['c']));
    expect(changes.rescheduled.map((t) => t.id)).toEqual(['b', 'c']);
    expect(changes.rescheduled[0]).toMatchObject({ totalSlack: 180, lateStart: '2026-01-06T08:00:00' });
    expect(changes.reanalysed).toEqual([
      {
        id: 'a',
        critical: false,
        totalSlack: 60,
        freeSlack: 0,
        lateStart: '2026-01-06T08:00:00',
        lateFinish: '2026-01-06T17:00:00',
      },
      {
        id: 'd',
        critical: true,
        totalSlack: 360,
        freeSlack: 0,
        lateStart: '2026-01-06T08:00:00',
        lateFinish: '2026-01-06T17:00:00',
      },
    ]);
    // the same through a walk of the outline
    expect(
      await presentChanges(
        db,
        'w',
        'p',
        ['d', 'b', 'c', 'a'],
        { ...plan, indexOf: undefined },
        new Set(['c']),
      ),
    ).toEqual(changes);
    // a write's own task is whole even when only its analysis changed
    const write = await presentWrite(db, 'w', 'p', 'a', ['d', 'b'], plan);
    expect(write.task).toMatchObject({ id: 'a', totalSlack: 60 });
    expect(write.rescheduled.map((t) => t.id)).toEqual(['b']);
    expect(write.reanalysed.map((t) => t.id)).toEqual(['d']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rolledUpAt, rolledUpRange, rollUpProgress } from './summary-progress';
import { buildOutline } from './task-outline';
import { type TaskRow, UNSCHEDULED_TASK } from './tasks.repository';

function row(
  id: string,
  parent_id: string | null,
  position: number,
  duration: number,
  percent: number,
): TaskRow {
  return {
    workspace_id: 'w',
    id,
    project_id: 'p',
    parent_id,
    position,
    name: id,
    duration,
    duration_unit: 'd',
    start: '2026-01-05T08:00:00',
    finish: '2026-01-05T17:00:00',
    milestone: duration === 0 ? 1 : 0,
    percent_complete: percent,
    constraint_type: 'ASAP',
    constraint_date: null,
    deadline: null,
    notes: '',
    version: 1,
    created_at: '',
    updated_at: '',
    ...UNSCHEDULED_TASK,
  };
}

// top (a: 3 days 100 %, mid (b: 1 day 0 %, c: 4 days 50 %))
const NESTED = [
  row('top', null, 0, 0, 0),
  row('a', 'top', 0, 1440, 100),
  row('mid', 'top', 1, 0, 0),
  row('b', 'mid', 0, 480, 0),
  row('c', 'mid', 1, 1920, 50),
];

describe('rollUpProgress', () => {
  it('weights leaf progress by duration through nested summaries', () => {
    const outline = buildOutline(NESTED);
    const progress = rollUpProgress(outline);
    expect(progress.get('mid')).toBe(40); // 960 of 2400 minutes
    expect(progress.get('top')).toBe(62.5); // 1440 + 960 of 3840 minutes
  });

  it('averages when every leaf is a milestone', () => {
    const outline = buildOutline([
      row('s', null, 0, 0, 0),
      row('m1', 's', 0, 0, 100),
      row('m2', 's', 1, 0, 0),
    ]);
    expect(rollUpProgress(outline).get('s')).toBe(50);
  });

  it('reports summaries only', () => {
    const outline = buildOutline([row('solo', null, 0, 480, 30)]);
    expect(rollUpProgress(outline).size).toBe(0);
  });
});

describe('rolledUpAt', () => {
  it('gives each summary of a task or a range the very value the whole outline rolls up, and leaves nothing', () => {
    // a random tree: each task's parent is one of the tasks before it (or none)
    const tree = fc
      .array(
        fc.record({
          parent: fc.nat(),
          root: fc.boolean(),
          // a parent that is missing: buildOutline lists such a task at the top level
          orphan: fc.boolean(),
          duration: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })),
          percent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
        }),
        { minLength: 1, maxLength: 60 },
      )
      .map((specs) =>
        specs.map((spec, i) =>
          row(
            `t${i}`,
            i === 0 || spec.root
              ? null
              : spec.orphan && spec.parent % 5 === 0
                ? 'gone'
                : `t${spec.parent % i}`,
            i,
            spec.duration,
            spec.percent,
          ),
        ),
      );
    fc.assert(
      fc.property(tree, (rows) => {
        const outline = buildOutline(rows);
        const whole = rollUpProgress(outline);
        const expected = outline.map((entry) => (entry.summary ? whole.get(entry.task.id) : undefined));
        outline.forEach((_, index) => {
          expect(rolledUpAt(outline, index)).toBe(expected[index]);
        });
        expect(rolledUpRange(outline, 0, outline.length)).toEqual(expected);
        for (let start = 0; start < outline.length; start += 3) {
          const end = Math.min(outline.length, start + 1 + (start % 7));
          expect(rolledUpRange(outline, start, end)).toEqual(expected.slice(start, end));
        }
      }),
    );
  });

  it('rolls up a nested summary from its own subtree', () => {
    const outline = buildOutline([...NESTED, row('next', null, 1, 480, 100)]);
    expect(rolledUpAt(outline, 0)).toBe(62.5);
    expect(rolledUpAt(outline, 2)).toBe(40);
    expect(rolledUpAt(outline, 5)).toBeUndefined();
  });
});

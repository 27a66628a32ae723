import { describe, expect, it } from 'vitest';
import { at, DAY, link, project } from '../cpm/project-builders.testkit';
import type { ProjectInput } from '../model/project.types';
import { previewScopeChange } from './scope-change';

// Standard calendar, start Monday 5 January 2026 08:00. Ann costs 100.00 an hour (10,000 cents)
// and works each task full time (work = duration).
function plan(exportDays: number): ProjectInput {
  const base = project(
    [
      { id: 'design', duration: 5 * DAY },
      { id: 'api', duration: 5 * DAY },
      { id: 'docs', duration: 2 * DAY },
      { id: 'export', duration: exportDays * DAY },
    ],
    [link('design', 'api'), link('api', 'docs'), link('design', 'export')],
  );
  return {
    ...base,
    resources: [
      {
        id: 'ann',
        name: 'Ann',
        type: 'work',
        maxUnits: 1,
        rates: [{ from: null, standardRate: 10_000, overtimeRate: 0, costPerUse: 0 }],
      },
    ],
    assignments: base.tasks.map((t) => ({
      id: `a-${t.id}`,
      taskId: t.id,
      resourceId: 'ann',
      units: 1,
      work: t.duration as number,
    })),
  };
}

const candidates = [
  { id: 'core', taskIds: ['design', 'api', 'docs'], goalIds: ['retention'] },
  { id: 'export', taskIds: ['export'], goalIds: ['enterprise'] },
];

describe('previewScopeChange', () => {
  it('shows the later release date, the added cost and the goal gained when a feature is added', () => {
    // before: design Mon 5–Fri 9, api Mon 12–Fri 16, docs Mon 19–Tue 20 17:00; export is out of scope
    // after: export (8 days) runs Mon 12–Wed 21 17:00, past docs: the release moves one day later
    const preview = previewScopeChange({ project: plan(8), candidates, inScope: ['core'], add: ['export'] });
    expect(preview.before.releaseFinish).toBe(at('2026-01-20T17:00'));
    expect(preview.after.releaseFinish).toBe(at('2026-01-21T17:00'));
    expect(preview.releaseFinishShift).toBe(1440);
    // 40 + 40 + 16 hours = 96 h before; + 64 h of export after, at 10,000 cents an hour
    expect(preview.before.costAtCompletion).toBe(960_000);
    expect(preview.costDelta).toBe(640_000);
    expect(preview.goalsGained).toEqual(['enterprise']);
    expect(preview.goalsLost).toEqual([]);
  });

  it('keeps the date when the added work fits beside the critical path', () => {
    // a 3-day export (Mon 12–Wed 14) finishes before docs: no shift, 24 h more cost
    const preview = previewScopeChange({ project: plan(3), candidates, inScope: ['core'], add: ['export'] });
    expect(preview.releaseFinishShift).toBe(0);
    expect(preview.costDelta).toBe(240_000);
  });

  it('shows the earlier date, the saving and the goal lost when a feature is removed', () => {
    const preview = previewScopeChange({
      project: plan(8),
      candidates,
      inScope: ['core', 'export'],
      remove: ['export'],
    });
    expect(preview.releaseFinishShift).toBe(-1440);
    expect(preview.costDelta).toBe(-640_000);
    expect(preview.goalsLost).toEqual(['enterprise']);
  });

  it('names an unknown feature or task', () => {
    expect(() =>
      previewScopeChange({ project: plan(3), candidates, inScope: ['core'], add: ['nope'] }),
    ).toThrow(/feature nope/);
    expect(() =>
      previewScopeChange({
        project: plan(3),
        candidates: [{ id: 'x', taskIds: ['ghost'], goalIds: [] }],
        inScope: [],
      }),
    ).toThrow(/feature x: task ghost/);
  });
});

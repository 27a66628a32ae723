import type { Task } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { upcomingMilestones } from './upcoming-milestones';

function task(id: string, finish: string, milestone: boolean, percentComplete = 0): Task {
  return {
    id,
    projectId: '0190d6a0-0000-7000-8000-000000000000',
    parentId: null,
    position: 0,
    outlineLevel: 1,
    wbs: '1',
    name: id,
    duration: 0,
    durationUnit: 'd',
    start: finish,
    finish,
    milestone,
    summary: false,
    percentComplete,
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
    lateStart: finish,
    lateFinish: finish,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

describe('upcomingMilestones', () => {
  const projects = [
    {
      id: 'a',
      name: 'Aurora',
      tasks: [task('beta', '2026-05-04T17:00:00', true), task('build', '2026-04-01T17:00:00', false)],
    },
    {
      id: 'w',
      name: 'Website',
      tasks: [
        task('design-ok', '2026-03-02T17:00:00', true),
        task('kickoff', '2026-01-05T08:00:00', true),
        task('signed', '2026-03-10T17:00:00', true, 100),
      ],
    },
    { id: 'x', name: 'Not loaded', tasks: undefined },
  ];

  it('lists milestones from today on, soonest first, across projects', () => {
    const found = upcomingMilestones(projects, '2026-03-02', 10);
    expect(found.map((m) => [m.task.id, m.projectName])).toEqual([
      ['design-ok', 'Website'],
      ['beta', 'Aurora'],
    ]);
  });
  it('leaves out past and completed milestones and ordinary tasks', () => {
    const ids = upcomingMilestones(projects, '2026-01-01', 10).map((m) => m.task.id);
    expect(ids).toEqual(['kickoff', 'design-ok', 'beta']);
  });
  it('keeps at most the limit', () => {
    expect(upcomingMilestones(projects, '2026-01-01', 2)).toHaveLength(2);
  });
});

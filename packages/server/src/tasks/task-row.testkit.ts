import { type TaskRow, UNSCHEDULED_TASK } from './tasks.repository';

/** A stored task row for unit tests: a two-day leaf "Design" in workspace w, project p. */
export function taskRow(overrides: Partial<TaskRow> = {}): TaskRow {
  return {
    ...UNSCHEDULED_TASK,
    workspace_id: 'w',
    id: 't1',
    project_id: 'p',
    parent_id: null,
    position: 0,
    name: 'Design',
    duration: 960,
    duration_unit: 'd',
    start: '2026-01-05T08:00:00',
    finish: '2026-01-06T17:00:00',
    milestone: 0,
    percent_complete: 0,
    constraint_type: 'ASAP',
    constraint_date: null,
    deadline: null,
    notes: '',
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...overrides,
  } as TaskRow;
}

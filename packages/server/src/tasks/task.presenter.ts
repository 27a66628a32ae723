import type { ConstraintTypeInput, DurationUnitInput, Task } from '@tandem/api';
import type { OutlineEntry } from './task-outline';
import type { TaskRow } from './tasks.repository';

/**
 * What of a task goes on the wire; outline fields come from the project's outline, the analysis
 * (critical, slack, late dates) from its schedule, and a summary's progress from its subtasks (see
 * rollUpProgress).
 */
export function presentTask(entry: OutlineEntry<TaskRow>, rolledUpPercent?: number): Task {
  const row = entry.task;
  const analysis = entry.analysis;
  return {
    id: row.id,
    projectId: row.project_id,
    parentId: row.parent_id,
    position: row.position,
    outlineLevel: entry.level,
    wbs: entry.wbs,
    name: row.name,
    duration: row.duration,
    durationUnit: row.duration_unit as DurationUnitInput,
    start: row.start,
    finish: row.finish,
    milestone: row.milestone === 1,
    summary: entry.summary,
    percentComplete: rolledUpPercent ?? row.percent_complete,
    constraintType: row.constraint_type as ConstraintTypeInput,
    constraintDate: row.constraint_date,
    deadline: row.deadline,
    notes: row.notes,
    priority: row.priority,
    actualStart: row.actual_start,
    actualFinish: row.actual_finish,
    actualDuration: row.actual_duration,
    remainingDuration: row.remaining_duration,
    // without analysis only when no engine scheduled the plan: the task sits at its own dates then
    critical: analysis?.critical ?? false,
    totalSlack: analysis?.totalSlack ?? 0,
    freeSlack: analysis?.freeSlack ?? 0,
    lateStart: analysis?.lateStart ?? row.start,
    lateFinish: analysis?.lateFinish ?? row.finish,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

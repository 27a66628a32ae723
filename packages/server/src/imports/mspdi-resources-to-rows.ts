import { formatDateTime, type ProjectInput } from '@tandem/engine';
import type { AssignmentRow } from '../assignments/assignments.repository';
import { newId } from '../db/ids';
import type { AvailabilityRow, RateRow, ResourceRow } from '../resources/resources.repository';

/** Rows for a file's resources (with availability and dated rates) and assignments. */
export interface ResourceImportRows {
  readonly resources: ResourceRow[];
  readonly availability: AvailabilityRow[];
  readonly rates: RateRow[];
  readonly assignments: AssignmentRow[];
}

/**
 * Maps the engine's resources and assignments to the workspace tables (percent units, minor-unit
 * money, floating dates), with new ids. `calendarIds` and `taskIds` map the file's ids to the new
 * ones; a resource calendar that was not imported falls back to the project calendar (null).
 */
export function mspdiResourcesToRows(
  input: ProjectInput,
  workspaceId: string,
  projectId: string,
  taskIds: ReadonlyMap<string, string>,
  calendarIds: ReadonlyMap<string, string>,
  now: string,
  warnings: string[],
): ResourceImportRows {
  const resourceIds = new Map((input.resources ?? []).map((r) => [r.id, newId()]));
  const resources: ResourceRow[] = [];
  const availability: AvailabilityRow[] = [];
  const rates: RateRow[] = [];
  for (const r of input.resources ?? []) {
    const id = resourceIds.get(r.id) as string;
    const [base, ...changes] = [...(r.rates ?? [])].sort(
      (a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity),
    );
    resources.push({
      workspace_id: workspaceId,
      id,
      name: (r.name || `Resource ${r.id}`).slice(0, 200),
      type: r.type,
      initials: (r.initials ?? r.name.slice(0, 1)).slice(0, 20),
      group_name: (r.group ?? '').slice(0, 200),
      material_label: '',
      max_units: Math.round(r.maxUnits * 10000) / 100,
      calendar_id: r.calendarId ? (calendarIds.get(r.calendarId) ?? null) : null,
      standard_rate_minor: Math.round(base?.standardRate ?? 0),
      overtime_rate_minor: Math.round(base?.overtimeRate ?? 0),
      cost_per_use_minor: Math.round(base?.costPerUse ?? 0),
      version: 1,
      created_at: now,
      updated_at: now,
    });
    for (const [position, period] of (r.availability ?? []).entries()) {
      availability.push({
        workspace_id: workspaceId,
        resource_id: id,
        position,
        available_from: period.from === null ? null : formatDateTime(period.from),
        available_to: period.to === null ? null : formatDateTime(period.to),
        max_units: Math.round(period.units * 10000) / 100,
      });
    }
    const seen = new Set<string>();
    for (const change of changes) {
      if (change.from === null) continue;
      const from = formatDateTime(change.from);
      if (seen.has(from)) continue;
      seen.add(from);
      rates.push({
        workspace_id: workspaceId,
        resource_id: id,
        effective_from: from,
        standard_rate_minor: Math.round(change.standardRate),
        overtime_rate_minor: Math.round(change.overtimeRate),
        cost_per_use_minor: Math.round(change.costPerUse),
      });
    }
  }
  const assignments: AssignmentRow[] = [];
  let dropped = 0;
  for (const a of input.assignments ?? []) {
    const taskId = taskIds.get(a.taskId);
    const resourceId = resourceIds.get(a.resourceId);
    if (!taskId || !resourceId) {
      dropped += 1;
      continue;
    }
    assignments.push({
      workspace_id: workspaceId,
      id: newId(),
      project_id: projectId,
      task_id: taskId,
      resource_id: resourceId,
      units: Math.round(a.units * 10000) / 100,
      work: a.work,
      version: 1,
      created_at: now,
      updated_at: now,
    });
  }
  if (dropped > 0) warnings.push(`${dropped} assignment(s) name a task or resource not in the file: skipped`);
  return { resources, availability, rates, assignments };
}

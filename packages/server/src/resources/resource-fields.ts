import type {
  AvailabilityRange,
  CreateResourceRequest,
  RateChange,
  ResourceType,
  UpdateResourceRequest,
} from '@tandem/api';
import { problems } from '../http/problem-error';
import { normalizeDateTime } from '../projects/projects.service';
import { ratePer } from './resource.presenter';
import type { AvailabilityRow, RateRow } from './resources.repository';

type RateFields = Pick<CreateResourceRequest, 'standardRate' | 'overtimeRate' | 'rateChanges'>;

/**
 * Rates must be per hour for work and cost resources and per unit for material ones: a rate in the
 * wrong unit is refused (naming it) rather than silently reinterpreted.
 */
export function checkRateUnits(type: ResourceType, input: RateFields): void {
  const per = ratePer(type);
  const wrong = (field: string) => problems.validation(field, `must be per "${per}" for a ${type} resource`);
  if (input.standardRate && input.standardRate.per !== per) throw wrong('body.standardRate.per');
  if (input.overtimeRate && input.overtimeRate.per !== per) throw wrong('body.overtimeRate.per');
  for (const [i, change] of (input.rateChanges ?? []).entries()) {
    if (change.standardRate.per !== per) throw wrong(`body.rateChanges.${i}.standardRate.per`);
    if (change.overtimeRate.per !== per) throw wrong(`body.rateChanges.${i}.overtimeRate.per`);
  }
}

/** The rows of a resource's availability ranges, dates stored with seconds. */
export function availabilityRows(
  workspaceId: string,
  resourceId: string,
  ranges: readonly AvailabilityRange[],
): AvailabilityRow[] {
  return ranges.map((range, position) => ({
    workspace_id: workspaceId,
    resource_id: resourceId,
    position,
    available_from: range.from && normalizeDateTime(range.from),
    available_to: range.to && normalizeDateTime(range.to),
    max_units: range.maxUnits,
  }));
}

/** The rows of a resource's rate changes. */
export function rateRows(workspaceId: string, resourceId: string, changes: readonly RateChange[]): RateRow[] {
  return changes.map((change) => ({
    workspace_id: workspaceId,
    resource_id: resourceId,
    effective_from: normalizeDateTime(change.effectiveFrom),
    standard_rate_minor: change.standardRate.amountMinor,
    overtime_rate_minor: change.overtimeRate.amountMinor,
    cost_per_use_minor: change.costPerUse.amountMinor,
  }));
}

/** Microsoft Project's default initials: the first letter of the name. */
export function defaultInitials(name: string): string {
  return [...name.trim()][0] ?? '';
}

export type ResourceInputFields = CreateResourceRequest | UpdateResourceRequest;

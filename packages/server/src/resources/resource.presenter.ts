import type { Resource, ResourceType } from '@tandem/api';
import type { ResourceRecord } from './resources.repository';

/** Rates of a material resource are per unit consumed; of the others, per working hour. */
export function ratePer(type: ResourceType): 'h' | 'unit' {
  return type === 'material' ? 'unit' : 'h';
}

/** What goes on the wire for a resource. */
export function presentResource({ resource, availability, rates }: ResourceRecord): Resource {
  const type = resource.type as ResourceType;
  const per = ratePer(type);
  return {
    id: resource.id,
    workspaceId: resource.workspace_id,
    name: resource.name,
    type,
    initials: resource.initials,
    group: resource.group_name,
    materialLabel: resource.material_label,
    maxUnits: resource.max_units,
    availability: availability.map((a) => ({
      from: a.available_from,
      to: a.available_to,
      maxUnits: a.max_units,
    })),
    calendarId: resource.calendar_id,
    standardRate: { amountMinor: resource.standard_rate_minor, per },
    overtimeRate: { amountMinor: resource.overtime_rate_minor, per },
    costPerUse: { amountMinor: resource.cost_per_use_minor },
    rateChanges: rates.map((r) => ({
      effectiveFrom: r.effective_from,
      standardRate: { amountMinor: r.standard_rate_minor, per },
      overtimeRate: { amountMinor: r.overtime_rate_minor, per },
      costPerUse: { amountMinor: r.cost_per_use_minor },
    })),
    version: resource.version,
    createdAt: resource.created_at,
    updatedAt: resource.updated_at,
  };
}

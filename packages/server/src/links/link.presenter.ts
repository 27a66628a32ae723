import type { LagUnitInput, Link, LinkTypeInput } from '@tandem/api';
import type { LinkRow } from './links.repository';

export function presentLink(row: LinkRow): Link {
  return {
    id: row.id,
    projectId: row.project_id,
    predecessorId: row.predecessor_id,
    successorId: row.successor_id,
    type: row.type as LinkTypeInput,
    lag: row.lag,
    lagUnit: row.lag_unit as LagUnitInput,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

import type { Stakeholder } from '@tandem/api';
import { stakeholderQuadrant } from './stakeholder-quadrant';
import type { StakeholderRow } from './stakeholders.repository';

export function presentStakeholder(row: StakeholderRow): Stakeholder {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    productId: row.product_id,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    power: row.power,
    interest: row.interest,
    quadrant: stakeholderQuadrant(row.power, row.interest),
    engagementPlan: row.engagement_plan,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

import type { FeedbackItem } from '@tandem/api';
import type { Selectable } from 'kysely';
import type { FeedbackItemsTable } from '../db/database.types';

export type FeedbackRow = Selectable<FeedbackItemsTable>;

export function presentFeedback(row: FeedbackRow): FeedbackItem {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    text: row.text,
    source: row.source,
    customer: row.customer,
    company: row.company,
    segment: row.segment,
    importance: row.importance as FeedbackItem['importance'],
    tags: JSON.parse(row.tags) as string[],
    status: row.status as FeedbackItem['status'],
    featureId: row.feature_id,
    createdBy: row.created_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

import { type ShareHiddenField, type ShareLink, shareHiddenFieldSchema } from '@tandem/api';
import type { ShareLinkRow } from './share-links.repository';

/** The stored hidden fields; anything unreadable hides everything (fail closed). */
export function parseHiddenFields(json: string): ShareHiddenField[] {
  try {
    const parsed = shareHiddenFieldSchema.array().safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through to hiding every field
  }
  return [...shareHiddenFieldSchema.options];
}

/** Active: not revoked, and not past its expiry at `now` (UTC ISO). */
export function isActive(row: ShareLinkRow, now: string): boolean {
  return row.revoked_at === null && (row.expires_at === null || row.expires_at > now);
}

export function presentShareLink(row: ShareLinkRow, now: string): ShareLink {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    hiddenFields: parseHiddenFields(row.hidden_fields),
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    active: isActive(row, now),
    createdAt: row.created_at,
  };
}

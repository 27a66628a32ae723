import type { Kysely, Selectable } from 'kysely';
import type { Database, ShareLinksTable } from '../db/database.types';

export type ShareLinkRow = Selectable<ShareLinksTable>;

/** Stores a link and its token's digest (in the global lookup table). */
export async function insertShareLink(
  db: Kysely<Database>,
  row: ShareLinkRow,
  tokenHash: string,
): Promise<void> {
  await db.insertInto('share_links').values(row).execute();
  await db
    .insertInto('share_tokens')
    .values({ token_hash: tokenHash, workspace_id: row.workspace_id, share_link_id: row.id })
    .execute();
}

export async function listShareLinkRows(db: Kysely<Database>, workspaceId: string): Promise<ShareLinkRow[]> {
  return db
    .selectFrom('share_links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The link with the user's role in its workspace; undefined when absent or not the user's. */
export async function findShareLinkForUser(
  db: Kysely<Database>,
  shareLinkId: string,
  userId: string,
): Promise<(ShareLinkRow & { role: string }) | undefined> {
  return db
    .selectFrom('share_links')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'share_links.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('share_links')
    .select('memberships.role')
    .where('share_links.id', '=', shareLinkId)
    .executeTakeFirst();
}

/** The link a token's digest names (a global lookup first: the reader is signed out). */
export async function findShareLinkByHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ShareLinkRow | undefined> {
  const token = await db
    .selectFrom('share_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!token) return undefined;
  return db
    .selectFrom('share_links')
    .selectAll()
    .where('workspace_id', '=', token.workspace_id)
    .where('id', '=', token.share_link_id)
    .executeTakeFirst();
}

export async function revokeShareLink(
  db: Kysely<Database>,
  workspaceId: string,
  shareLinkId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('share_links')
    .set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', shareLinkId)
    .where('revoked_at', 'is', null)
    .execute();
}
